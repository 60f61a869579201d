using System.Reflection;
using Refit;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// The one check every value put into a request's URL passes before anything is sent: Refit escapes <c>/ ? # %</c>
/// but not the dot-segments <c>.</c> and <c>..</c>, which the URI then collapses, so an id of <c>..</c> would send
/// the caller's credentials to another route (<c>DELETE …/messages/exports/..</c> becomes <c>DELETE …/messages/</c>).
/// Set on every route interface by <see cref="RefitRoutes.CreateSettings"/>; Refit's generated code calls it for every
/// path and query value.
/// </summary>
internal sealed class PathSegmentFormatter : DefaultUrlParameterFormatter
{
    /// <summary>The formatter every route interface of this package uses.</summary>
    public static PathSegmentFormatter Instance { get; } = new();

    /// <inheritdoc />
    public override string? Format(object? parameterValue, ICustomAttributeProvider attributeProvider, Type type)
    {
        string? text = base.Format(parameterValue, attributeProvider, type);
        if (text is "." or "..")
        {
            throw new ArgumentException(
                $"'{text}' is not an id: as a URL path segment it would send the request to another route. Nothing was sent.",
                paramName: null);
        }

        return text;
    }
}
