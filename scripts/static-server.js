/**
 * A small static server for browser tests and benchmarks. It serves a build folder the way a plain
 * static host does: "/a/" maps to "a/index.html", "/a" redirects to "/a/" when that folder exists,
 * and unknown paths get the site's 404 page. Text responses are gzip-compressed when the client
 * accepts it, as on a typical static host. `setRoot` switches folders, to simulate a deploy.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};

/**
 * @typedef {object} StaticServer
 * @property {string} url
 * @property {string[]} requests Every path requested, in order, for asserting what the page loaded.
 * @property {(root: string) => void} setRoot
 * @property {() => Promise<void>} close
 */

/** @param {string} path */
function isFile(path) {
	return existsSync(path) && statSync(path).isFile();
}

/**
 * Starts a server for `root` on 127.0.0.1, on `port` or else a free port.
 * @param {string} [root]
 * @param {number} [port]
 * @returns {Promise<StaticServer>}
 */
export async function startServer(root = process.env.MELDWIJZER_BUILD ?? 'build', port = 0) {
	let current = root;
	/** @type {string[]} */
	const requests = [];
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		requests.push(url.pathname);
		const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
		let file = join(current, path);
		if (!path.endsWith('/') && !extname(path) && isFile(join(file, 'index.html'))) {
			response.writeHead(301, { location: `${url.pathname}/${url.search}` });
			response.end();
			return;
		}
		if (path.endsWith('/')) file = join(file, 'index.html');
		let status = 200;
		if (!isFile(file)) {
			status = 404;
			file = join(current, '404.html');
		}
		const body = isFile(file) ? readFileSync(file) : Buffer.from('Not found');
		/** @type {Record<string, string>} */
		const headers = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': file.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		};
		if (file.endsWith('sw.js')) headers['service-worker-allowed'] = '/';
		const compressible = !['.png', '.ico'].includes(extname(file));
		if (compressible && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
			headers['content-encoding'] = 'gzip';
			headers.vary = 'Accept-Encoding';
			response.writeHead(status, headers);
			response.end(gzipSync(body));
			return;
		}
		response.writeHead(status, headers);
		response.end(body);
	});
	await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${address.port}`,
		requests,
		setRoot(next) {
			current = next;
		},
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
