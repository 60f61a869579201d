using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json.Serialization;
using System.Text.Json;
using Refit;

namespace Evo8x8.Client.Core.Http;

/// <summary>
/// Refit's content serializer for every interface of this package, on the package's source-generated JSON context:
/// a request body is serialized once, synchronously, into <see cref="WireJsonContent"/> (sent with a
/// <c>Content-Length</c>, resent from the same bytes on a retry, and carrying its model so that
/// <see cref="SecretMask"/> finds the secrets in it without reading it back); an answer, already buffered by
/// <see cref="AnswerBuffer"/>, is read synchronously from memory.
/// </summary>
internal sealed class WireContentSerializer(JsonSerializerContext context) : IHttpContentSerializer, ISynchronousContentSerializer, ISynchronousContentDeserializer
{
    private readonly SystemTextJsonContentSerializer _refitSerializer = SystemTextJsonContentSerializer.ForContext(context);

    /// <inheritdoc />
    public HttpContent ToHttpContent<T>(T item) => ToHttpContentSynchronous(item);

    /// <inheritdoc />
    public HttpContent ToHttpContentSynchronous<T>(T item)
    {
        var content = new WireJsonContent(JsonSerializer.SerializeToUtf8Bytes(item, TypeInfo<T>()), item);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json", "utf-8");
        return content;
    }

    /// <inheritdoc />
    /// <remarks>Not used: request bodies are small, and a buffered body can be sent again on a retry.</remarks>
    public HttpContent ToStreamingHttpContent<T>(T item) => ToHttpContentSynchronous(item);

    /// <inheritdoc />
    public async Task<T?> FromHttpContentAsync<T>(HttpContent content, CancellationToken cancellationToken = default)
    {
        Stream body = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);

        // A buffered answer is in memory: reading it synchronously saves the asynchronous reader's state and buffers.
        return body is MemoryStream
            ? JsonSerializer.Deserialize(body, TypeInfo<T>())
            : await JsonSerializer.DeserializeAsync(body, TypeInfo<T>(), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public T? DeserializeFromString<T>(string content) => JsonSerializer.Deserialize(content, TypeInfo<T>());

    /// <inheritdoc />
    public string? GetFieldNameForProperty(PropertyInfo propertyInfo) => _refitSerializer.GetFieldNameForProperty(propertyInfo);

    private JsonTypeInfo<T> TypeInfo<T>()
        => context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
            ?? throw new InvalidOperationException($"{typeof(T).Name} is missing from the package's JSON context.");
}

/// <summary>A JSON request body serialized by <see cref="WireContentSerializer"/>, with the model it was made from.</summary>
internal sealed class WireJsonContent(byte[] utf8Json, object? model) : ByteArrayContent(utf8Json)
{
    /// <summary>The request model, for the secrets it carries (<see cref="ISecretBearer"/>).</summary>
    public object? Model { get; } = model;
}
