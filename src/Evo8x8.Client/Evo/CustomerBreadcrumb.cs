namespace Evo8x8.Client.Evo;

/// <summary>One customer on the path from the account's top-level customer down to the one a session belongs to.</summary>
public sealed class CustomerBreadcrumb
{
    /// <summary>The customer's Evo id.</summary>
    public string? Id { get; init; }

    /// <summary>The customer's display name.</summary>
    public string? Name { get; init; }
}
