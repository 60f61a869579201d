namespace Evo8x8.Client.Evo;

/// <summary>The order of a listing, sent as Evo's <c>sortOrder</c> (<c>Ascend</c> or <c>Descend</c>).</summary>
public enum SortOrder
{
    /// <summary>Smallest or oldest first.</summary>
    Ascend,

    /// <summary>Largest or newest first.</summary>
    Descend,
}
