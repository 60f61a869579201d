using System.Security.Cryptography;
using System.Text;
using Evo8x8.Client.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Evo8x8.Client.Testing.Sessions;

/// <summary>Evo Voice's HTTP Basic check on every request; a refusal is ServiceStack's 401 with a <c>WWW-Authenticate</c> challenge.</summary>
internal sealed class EvoGate(Evo8x8EmulatorOptions options)
{
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
