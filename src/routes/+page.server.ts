import { content } from '$lib/server/content';
import { faseKort } from '$lib/server/paginas';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ fasen: content().fasen.map(faseKort) });
