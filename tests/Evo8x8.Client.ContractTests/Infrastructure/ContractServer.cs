using Evo8x8.Client.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock;

namespace Evo8x8.Client.ContractTests.Infrastructure;

/// <summary>
/// A WireMock.Net server on 127.0.0.1 that answers one stubbed operation with a fixture file and records what the
/// SDK sent, with the checks every contract test makes on that request.
/// </summary>
public sealed class ContractServer : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    /// <summary>Gets the server's address, for a client's <c>BaseAddress</c>.</summary>
    public Uri BaseAddress => new(_server.Url!);

    /// <summary>Gets every request the server received, in order.</summary>
    public IReadOnlyList<IRequestMessage> Requests => [.. _server.LogEntries.Select(entry => entry.RequestMessage)];

    /// <summary>Answers <paramref name="method"/> on <paramref name="path"/> with the status and the fixture as a JSON body (or no body).</summary>
    public void Stub(string method, string path, int status, string? fixture = null, string contentType = "application/json")
    {
        IResponseBuilder response = Response.Create().WithStatusCode(status);
        if (fixture is not null)
        {
            response = response.WithHeader("Content-Type", contentType).WithBody(Fixtures.Read(fixture));
        }

        _server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(response);
    }

    /// <summary>Answers GET on <paramref name="path"/> with 200 and <paramref name="body"/> as a file of <paramref name="contentType"/>.</summary>
    public void StubFile(string path, byte[] body, string contentType)
        => _server.Given(Request.Create().WithPath(path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", contentType).WithBody(body));

    /// <summary>
    /// Asserts the one request received: verb, path, query, the Authorization header, that JSON is asked for,
    /// and the JSON body (compared as JSON with the fixture, sent with a Content-Length) or no body at all.
    /// </summary>
    public IRequestMessage AssertSingleRequest(
        string method, string path, string authorization, string? bodyFixture = null, string query = "")
    {
        IRequestMessage request = Assert.Single(Requests);
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.AbsolutePath);
        Assert.Equal(query, Query(request));
        Assert.Equal(authorization, Header(request, "Authorization"));
        Assert.Equal("application/json", Header(request, "Accept"));
        if (bodyFixture is null)
        {
            Assert.True(string.IsNullOrEmpty(request.Body), $"{method} {path} sent a body: {request.Body}");
        }
        else
        {
            Assert.StartsWith("application/json", Header(request, "Content-Type"), StringComparison.Ordinal);
            Fixtures.AssertJsonEqual(Fixtures.Read(bodyFixture), request.Body!);

            // Serialized once, up front: sent with its length (not chunked), and resent from the same bytes on a retry.
            Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(request.Body!).ToString(System.Globalization.CultureInfo.InvariantCulture), Header(request, "Content-Length"));
            Assert.Null(Header(request, "Transfer-Encoding"));
        }

        return request;
    }

    /// <summary>Reads one header of a recorded request as the client sent it (several values joined by a comma), or null.</summary>
    public static string? Header(IRequestMessage request, string name)
        => request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { } values
            ? string.Join(",", values)
            : null;

    /// <summary>The query string as sent, with its leading <c>?</c>, or empty.</summary>
    public static string Query(IRequestMessage request)
        => string.IsNullOrEmpty(request.RawQuery) ? string.Empty : request.RawQuery.StartsWith('?') ? request.RawQuery : "?" + request.RawQuery;

    /// <inheritdoc />
    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
