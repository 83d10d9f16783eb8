const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML and SVG, in element content and in quoted attribute values alike.
 * Every string that comes from the events (form ids, variant names, step ids) goes through
 * here: they come from configs and files nobody vetted.
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c] as string);
