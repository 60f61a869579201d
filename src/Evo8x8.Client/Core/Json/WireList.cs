namespace Evo8x8.Client.Core.Json;

/// <summary>
/// Lists read from the wire keep the promise of their element type: a JSON <c>null</c> element (<c>[null]</c>) says
/// nothing about any item, so it is left out rather than handed to a loop that expects an object.
/// </summary>
internal static class WireList
{
    /// <summary>The list without null elements; the same instance when it has none.</summary>
    public static IReadOnlyList<T> WithoutNulls<T>(IReadOnlyList<T?>? list)
        where T : class
    {
        if (list is null)
        {
            return [];
        }

        foreach (T? item in list)
        {
            if (item is null)
            {
                return [.. list.Where(element => element is not null)!];
            }
        }

        return list!;
    }

    /// <summary><see cref="WithoutNulls{T}(IReadOnlyList{T})"/> for a list that may itself be absent.</summary>
    public static IReadOnlyList<T>? WithoutNullsOrNull<T>(IReadOnlyList<T?>? list)
        where T : class
        => list is null ? null : WithoutNulls(list);
}
