using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.Testing.Console;

/// <summary>The console's page, script and style, embedded in the package: nothing is fetched from anywhere else.</summary>
internal static class ConsoleAssets
{
    private const string Prefix = "Evo8x8.Client.Testing.Console.Assets.";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static async Task WriteAsync(HttpContext context, string name)
    {
        Stream? asset = null;
        if (!name.Contains('/', StringComparison.Ordinal) && ContentTypes.TryGetValue(Path.GetExtension(name), out string? contentType))
        {
            asset = typeof(ConsoleAssets).Assembly.GetManifestResourceStream(Prefix + name);
        }
        else
        {
            contentType = null;
        }

        if (asset is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using (asset.ConfigureAwait(false))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = contentType;
            context.Response.ContentLength = asset.Length;
            await asset.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
