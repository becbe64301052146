// Module resolution hook: resolve the workspace packages to their sources, as
// `node --conditions=source` would (see docs/development.md, "Packages and the build").
export function resolve(specifier, context, next) {
  return next(specifier, { ...context, conditions: [...context.conditions, 'source'] });
}
