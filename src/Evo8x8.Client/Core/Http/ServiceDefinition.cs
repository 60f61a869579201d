using System.Text.Json.Serialization;
using Refit;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// What a product hands the shared HTTP pipeline, so that the core never names a product: the service's name in
/// messages and telemetry, the reader that turns its error answers into its typed exception, the JSON contracts of its
/// bodies, and the answer member (if any) that carries the service's request id for log lines.
/// </summary>
internal sealed class ServiceDefinition
{
    public ServiceDefinition(string name, Func<ApiErrorResponse, Evo8x8ApiException> readError, JsonSerializerContext wireContext, string? requestIdMember = null)
    {
        Name = name;
        _readError = readError;
        RequestIdMember = requestIdMember;
        RefitSettings = RefitRoutes.CreateSettings(this, wireContext);
    }

    private readonly Func<ApiErrorResponse, Evo8x8ApiException> _readError;

    /// <summary>The service's name as messages and metrics show it (<c>8x8</c>, <c>Evo</c>, <c>CCAI Platform</c>).</summary>
    public string Name { get; }

    /// <summary>The top-level answer member that holds the service's request id (8x8's <c>callFlowRequestId</c>), if any.</summary>
    public string? RequestIdMember { get; }

    /// <summary>The Refit settings of every route interface of this service.</summary>
    public RefitSettings RefitSettings { get; }

    /// <summary>The service's typed exception for a non-success answer.</summary>
    public Evo8x8ApiException ReadError(ApiErrorResponse answer) => _readError(answer);

    /// <summary>The generated implementation of the route interface <typeparamref name="T"/> over <paramref name="http"/>.</summary>
    public T Routes<T>(HttpClient http) => RefitRoutes.For<T>(http, RefitSettings);

    /// <summary>The answer of <paramref name="call"/>, which must be a JSON object; <paramref name="what"/> names it in the error.</summary>
    public async Task<T> RequireAsync<T>(Task<T> call, string what)
        where T : class
        => await call.ConfigureAwait(false) ?? throw ApiFailure.NullAnswer(Name, what);
}
