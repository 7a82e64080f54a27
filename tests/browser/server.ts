/** The static server of a build folder; the implementation is shared with the benchmark script. */
export { startServer, type StaticServer } from '../../scripts/static-server.js';
