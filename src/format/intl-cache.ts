const made = new Map<string, unknown>();

/**
 * One Intl object per kind, language and options, built on first use: building one costs
 * far more than using it (a page's first NumberFormat ~0.7 ms), and widgets format on
 * every render.
 */
export function cachedIntl<T, O extends object>(Kind: new (tag: string, options?: O) => T, tag: string, options?: O): T {
  const key = `${Kind.name} ${tag} ${JSON.stringify(options ?? {})}`;
  let format = made.get(key) as T | undefined;
  if (!format) made.set(key, (format = new Kind(tag, options)));
  return format;
}
