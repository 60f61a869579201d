using System.Security.Cryptography;
using System.Text;
using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.Testing.Evo;

/// <summary>
/// Evo Voice's HTTP Basic check on every request; a refusal is ServiceStack's 401 with a <c>WWW-Authenticate</c>
/// challenge. Operations that need a role answer ServiceStack's 403 "Invalid Role" to a user without it.
/// </summary>
internal sealed class EvoGate(Evo8x8EmulatorOptions options)
{
    public IReadOnlyList<string> Roles => options.EvoRoles;

    public bool HasAnyRole(IReadOnlyList<string> roles) => roles.Any(role => options.EvoRoles.Contains(role, StringComparer.OrdinalIgnoreCase));

    /// <summary>True when the request is authenticated and the user has one of <paramref name="anyOf"/>; answers 401 or 403 otherwise.</summary>
    public async Task<bool> AdmitAsync(EmulatorRequest request, IReadOnlyList<string> anyOf)
    {
        if (!await AdmitAsync(request).ConfigureAwait(false))
        {
            return false;
        }

        if (HasAnyRole(anyOf))
        {
            return true;
        }

        await ResponseStatusJson.WriteAsync(request.Context, StatusCodes.Status403Forbidden, "Forbidden", "Invalid Role").ConfigureAwait(false);
        return false;
    }

    /// <summary>True when the request carries the accepted credentials, without answering anything.</summary>
    public bool IsAuthenticated(EmulatorRequest request) => HasCredentials(request.Context.Request.Headers.Authorization.ToString());

    public async Task<bool> AdmitAsync(EmulatorRequest request)
    {
        if (HasCredentials(request.Context.Request.Headers.Authorization.ToString()))
        {
            return true;
        }

        request.Context.Response.Headers.WWWAuthenticate = "Basic realm=\"/auth/basic\"";
        await ResponseStatusJson.WriteAsync(request.Context, StatusCodes.Status401Unauthorized, "Unauthorized", "Not Authenticated").ConfigureAwait(false);
        return false;
    }

    private bool HasCredentials(string header)
    {
        const string Scheme = "Basic ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromBase64String(header[Scheme.Length..].Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        byte[] expected = Encoding.UTF8.GetBytes($"{options.EvoUserName}:{options.EvoPassword}");
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
