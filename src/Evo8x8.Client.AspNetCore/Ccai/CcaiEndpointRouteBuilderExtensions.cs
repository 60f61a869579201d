using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>Maps the endpoints that receive CCAI Platform chat webhooks and external session events.</summary>
public static class CcaiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to receive chat webhooks: 413 past the size limit, 401 when no signature
    /// of <c>X-Signature</c> matches a secret of <see cref="CcaiChatWebhookOptions"/> (or the timestamp is missing or outside
    /// the replay window), 400 when the body is not JSON, else the event to <typeparamref name="THandler"/> once and 200.
    /// </summary>
    /// <typeparam name="THandler">Your handler, resolved from dependency injection per delivery (or created from its constructor).</typeparam>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route; its https address is the webhook URL of Developer Settings.</param>
    /// <returns>The endpoint's builder.</returns>
    public static IEndpointConventionBuilder MapCcaiChatWebhooks<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern)
        where THandler : class, ICcaiChatWebhookHandler
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        var endpoint = new CcaiChatWebhookEndpoint(services => ActivatorUtilities.GetServiceOrCreateInstance<THandler>(services));
        return endpoints.MapPost(pattern, endpoint.HandleAsync);
    }

    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to receive external session events of one channel: 401 unless the Basic
    /// credentials of that channel in <see cref="CcaiSessionEventOptions"/> match, 413 past the size limit, 400 when the body
    /// is not the <c>{count, events[]}</c> envelope, else each event to <typeparamref name="THandler"/> once per <c>event_id</c> and 200.
    /// </summary>
    /// <typeparam name="THandler">Your handler, resolved from dependency injection per delivery (or created from its constructor).</typeparam>
    /// <param name="endpoints">The application or route group.</param>
    /// <param name="pattern">The route; its https address is the channel's API Endpoint in Session Data Export.</param>
    /// <param name="channel">Which channel's credentials the endpoint checks.</param>
    /// <returns>The endpoint's builder.</returns>
    public static IEndpointConventionBuilder MapCcaiSessionEvents<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern,
        SessionEventChannel channel)
        where THandler : class, ICcaiSessionEventHandler
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        var endpoint = new CcaiSessionEventEndpoint(channel, services => ActivatorUtilities.GetServiceOrCreateInstance<THandler>(services));
        return endpoints.MapPost(pattern, endpoint.HandleAsync);
    }
}
