using System.Collections;
using System.Reflection;

namespace Evo8x8.Client.Tests.Core.Json.Fuzz;

/// <summary>
/// Walks a model read by the SDK and finds a null where its declared type says non-null: a property, or an element
/// of a list, recursively through every model type of the SDK.
/// </summary>
internal static class NullWalker
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The path of the first unexpected null, or <see langword="null"/> when there is none.</summary>
    public static string? FindNull(object root) => Walk(root, "$", 0, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static string? Walk(object value, string path, int depth, HashSet<object> seen)
    {
        Type type = value.GetType();
        if (depth > 24 || !IsModel(type) || (!type.IsValueType && !seen.Add(value)))
        {
            return null;
        }

        // A user's logging calls ToString() on what it was handed: it must be total too (the getters are read below).
        // An unknown member is kept as System.Text.Json's JsonElement, whose ToString() throws for an escaped lone
        // surrogate ("\uD800"), by .NET's design; its raw JSON is what the SDK promises to keep, so that is read instead.
        _ = value is KeyValuePair<string, System.Text.Json.JsonElement> member ? member.Value.GetRawText() : value.ToString();

        if (value is IEnumerable items and not string)
        {
            int index = 0;
            foreach (object? item in items)
            {
                string itemPath = $"{path}[{index++}]";
                if (item is null)
                {
                    return itemPath;
                }

                if (Walk(item, itemPath, depth + 1, seen) is { } found)
                {
                    return found;
                }
            }
        }

        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
            {
                continue;
            }

            object? child = property.GetValue(value);
            NullabilityInfo info = Nullability.Create(property);
            string childPath = $"{path}.{property.Name}";
            if (child is null)
            {
                if (info.ReadState == NullabilityState.NotNull)
                {
                    return childPath;
                }

                continue;
            }

            if (child is IEnumerable list and not string && info.GenericTypeArguments is [{ ReadState: NullabilityState.NotNull }])
            {
                int index = 0;
                foreach (object? item in list)
                {
                    if (item is null)
                    {
                        return $"{childPath}[{index}]";
                    }

                    index++;
                }
            }

            if (Walk(child, childPath, depth + 1, seen) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static bool IsModel(Type type)
        => type.Namespace?.StartsWith("Evo8x8.Client", StringComparison.Ordinal) == true
            || (type.IsGenericType && type.Namespace?.StartsWith("System.Collections", StringComparison.Ordinal) == true)
            || type.IsArray;
}
