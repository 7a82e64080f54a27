/** Offers text as a file download from a blob URL; nothing leaves the device. */
export function downloadText(bestandsnaam: string, tekst: string): void {
	const url = URL.createObjectURL(new Blob([tekst], { type: 'application/json' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = bestandsnaam;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started once click() returns, but some browsers read the URL a moment later.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
