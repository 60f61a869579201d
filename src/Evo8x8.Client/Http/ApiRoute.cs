namespace Evo8x8.Client.Http;

/// <summary>
/// One operation of a service: its verb, its route template (what logs and metrics show, free of ids and
/// phone numbers) and the concrete relative path with its escaped values and query.
/// </summary>
/// <param name="Method">The HTTP verb.</param>
/// <param name="Template">The route template, for example <c>api/v1/subaccounts/{subAccountId}/callflows</c>.</param>
/// <param name="Path">The relative path actually requested, query included.</param>
internal readonly record struct ApiRoute(HttpMethod Method, string Template, string Path);
