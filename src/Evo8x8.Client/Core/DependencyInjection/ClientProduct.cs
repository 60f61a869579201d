using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Core.DependencyInjection;

/// <summary>What a product adds to every client registration of its own: the words, the rules and how its factory makes a client.</summary>
/// <typeparam name="TOptions">The product's options.</typeparam>
/// <typeparam name="TClient">The product's client interface.</typeparam>
/// <typeparam name="TFactory">The product's factory interface.</typeparam>
/// <param name="Kind">The client's kind in messages, for example "Evo Voice client".</param>
/// <param name="FindProblems">The options' own rules.</param>
/// <param name="Authorization">The options' <c>Authorization</c> value and the origins it may be sent to.</param>
/// <param name="Create">Makes the client of a name with the factory.</param>
internal sealed record ClientProduct<TOptions, TClient, TFactory>(
    string Kind,
    Func<TOptions, List<string>> FindProblems,
    Func<TOptions, RequestAuthorization> Authorization,
    Func<TFactory, string, TClient> Create)
    where TOptions : Evo8x8ClientOptions;
