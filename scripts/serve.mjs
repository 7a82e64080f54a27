// Serves the built site (build/) on http://127.0.0.1:4173/ the way a static host does, for
// `npm start`. vite preview is not used, because it does not serve the service worker as built.
import { startServer } from './static-server.js';

const port = Number(process.env.PORT ?? 4173);
const server = await startServer(process.env.MELDWIJZER_BUILD ?? 'build', port);
console.log(`Meldwijzer draait op ${server.url}/ (stop met Ctrl+C)`);
