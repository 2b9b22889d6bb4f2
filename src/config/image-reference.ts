/**
 * The docker image reference grammar (distribution/reference, reference.go and regexp.go), which
 * flyctl's `--image` and `[build] image` go through:
 *
 *   reference := name [ ":" tag ] [ "@" digest ]
 *   name      := [ domain "/" ] path-component *( "/" path-component )   (at most 255 characters)
 *   domain    := host [ ":" port ]      host := domain-name | "[" ipv6 "]"
 *   path-component := [a-z0-9]+ *( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )
 *   tag       := [A-Za-z0-9_] [A-Za-z0-9_.-]{0,127}
 *   digest    := algorithm ":" hex{32,}
 */
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`
const DOMAIN = `${HOST}(?::[0-9]+)?`
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`
const TAG = '[\\w][\\w.-]{0,127}'
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}'
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`)

/** Why `ref` is not an image reference, or undefined when it is one. */
export function imageReferenceProblem(ref: string): string | undefined {
  const match = REFERENCE.exec(ref)
  if (!match) {
    const lowercased = ref.replace(/^[^@]*?(?=:[\w][\w.-]*(?:@|$)|@|$)/, (name) =>
      name.toLowerCase()
    )
    return REFERENCE.test(lowercased)
      ? `'${ref}' is not an image reference: the repository name must be lowercase`
      : `'${ref}' is not an image reference (registry/repository:tag or @sha256:digest)`
  }
  if (match[1].length > 255)
    return `'${ref}' is not an image reference: the name is over 255 characters`
  return undefined
}
