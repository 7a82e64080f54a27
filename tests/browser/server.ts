/**
 * A small static server for browser tests. It serves a build folder the way a plain static host
 * does: "/a/" maps to "a/index.html", "/a" redirects to "/a/" when that folder exists, and
 * unknown paths get the site's 404 page. `setRoot` switches folders, to simulate a deploy.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
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

export interface StaticServer {
	url: string;
	/** Every path requested, in order, for asserting what the page loaded. */
	requests: string[];
	setRoot(root: string): void;
	close(): Promise<void>;
}

function isFile(path: string): boolean {
	return existsSync(path) && statSync(path).isFile();
}

/** Starts a server for `root` on 127.0.0.1 and a free port. */
export async function startServer(root = process.env.MELDWIJZER_BUILD ?? 'build'): Promise<StaticServer> {
	let current = root;
	const requests: string[] = [];
	const server: Server = createServer((request, response) => {
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
		const headers: Record<string, string> = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': file.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		};
		if (file.endsWith('sw.js')) headers['service-worker-allowed'] = '/';
		response.writeHead(status, headers);
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
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
