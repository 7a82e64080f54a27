/** Web app manifest: Dutch names and the icons Chromium needs to offer installation. */
export const manifest = {
	// A stable identity, so a later change of start_url does not make it a different app.
	id: '/',
	name: 'Meldwijzer – opvolging van meldingen van seksueel grensoverschrijdend gedrag',
	short_name: 'Meldwijzer',
	description:
		'Stap voor stap een melding van seksueel grensoverschrijdend gedrag opvolgen, volgens de handreiking. Alles blijft op dit apparaat.',
	lang: 'nl',
	dir: 'ltr' as const,
	start_url: '/',
	scope: '/',
	display: 'standalone' as const,
	orientation: 'any' as const,
	categories: ['business', 'productivity'],
	theme_color: '#1f3a5f',
	background_color: '#ffffff',
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
		// Rendered with padding by scripts/make-icons.mjs, so the mark stays inside the safe zone
		// (the centre circle of 80% of the width) that platforms keep when they mask the icon.
		{ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	]
};
