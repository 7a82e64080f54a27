/** Saves text as a file through a Blob URL, so nothing is sent over the network. */
export function downloadTekst(bestandsnaam: string, inhoud: string, type: string): void {
	const url = URL.createObjectURL(new Blob([inhoud], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = bestandsnaam;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The URL is revoked a second later, once the browser has taken over the download.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
