using System.Globalization;
using System.Text.Json;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>
/// Checks one action's <c>params</c> against the schema of 8x8's OpenAPI file and the limits of its guides,
/// keeping the first problem with its JSON path, in the words of the schema validator 8x8's examples show.
/// </summary>
internal sealed class CallflowParamReader(JsonElement parameters, string path)
{
    private const int MaxTextLength = 3000;

    public CallflowRefusal? Problem { get; private set; }

    public static string KindName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        _ => "null",
    };

    public void ReadSchema(string action)
    {
        if (parameters.ValueKind != JsonValueKind.Object)
        {
            Fail(path, $"{KindName(parameters)} found, object expected");
            return;
        }

        switch (action)
        {
            case FlowStep.MakeCall:
                // The OpenAPI file allows two properties, but every guide adds callRecording (API-NOTES-2 §2.1).
                Flag("callRecording");
                MaxProperties(parameters.TryGetProperty("callRecording", out _) ? 3 : 2);
                Number("source");
                Text("destination", required: true, maxLength: null);
                break;
            case FlowStep.Say:
                MaxProperties(5);
                Text("text", required: true, MaxTextLength);
                Text("voiceProfile", required: true, maxLength: null);
                Integer("repetition", 1, 3);
                Decimal("speed", 0.5, 2);
                break;
            case FlowStep.PlayFile:
                FileUrl();
                Integer("repetition", 1, 3);
                break;
            case FlowStep.SayAndCapture:
                Text("promptMessage", required: true, MaxTextLength);
                Text("voiceProfile", required: true, maxLength: null);
                Decimal("speed", 0.5, 2);
                Integer("repetition", 1, 3);
                foreach (string name in (string[])["minDigits", "maxDigits", "digitTimeout", "overallTimeout", "noOfTries"])
                {
                    Integer(name, 1, int.MaxValue);
                }

                Flag("completeOnHash");
                Text("successMessage", required: false, MaxTextLength);
                Text("failureMessage", required: false, MaxTextLength);
                break;
        }
    }

    private void MaxProperties(int max)
    {
        if (parameters.EnumerateObject().Count() > max)
        {
            Fail(path, $"may only have a maximum of {max} properties");
        }
    }

    private void Number(string name)
    {
        if (Get(name, required: true, JsonValueKind.String) is { } value && !CallflowInspector.Msisdn().IsMatch(value.GetString()!))
        {
            Fail($"{path}.{name}", $"does not match the regex pattern {CallflowInspector.Msisdn()}");
        }
    }

    private void Text(string name, bool required, int? maxLength)
    {
        if (Get(name, required, JsonValueKind.String) is not { } value)
        {
            return;
        }

        string text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Fail($"{path}.{name}", "must not be empty");
        }
        else if (text.Length > maxLength)
        {
            Fail($"{path}.{name}", $"may only be {maxLength} characters long");
        }
    }

    private void FileUrl()
    {
        if (Get("fileUrl", required: true, JsonValueKind.String) is { } value
            && !(Uri.TryCreate(value.GetString(), UriKind.Absolute, out Uri? url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)))
        {
            Fail($"{path}.fileUrl", "must be an absolute http or https URL");
        }
    }

    private void Integer(string name, int min, int max)
    {
        if (Get(name, required: false, JsonValueKind.Number) is not { } value)
        {
            return;
        }

        if (!value.TryGetInt64(out long number))
        {
            Fail($"{path}.{name}", "number found, integer expected");
        }
        else
        {
            Limit(name, number, min, max);
        }
    }

    private void Decimal(string name, double min, double max)
    {
        if (Get(name, required: false, JsonValueKind.Number) is { } value)
        {
            Limit(name, value.GetDouble(), min, max);
        }
    }

    private void Flag(string name)
    {
        if (parameters.TryGetProperty(name, out JsonElement value) && value.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
        {
            Fail($"{path}.{name}", $"{KindName(value)} found, boolean expected");
        }
    }

    private void Limit(string name, double number, double min, double max)
    {
        if (number < min)
        {
            Fail($"{path}.{name}", $"must have a minimum value of {min.ToString(CultureInfo.InvariantCulture)}");
        }
        else if (number > max)
        {
            Fail($"{path}.{name}", $"must have a maximum value of {max.ToString(CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>The property when present with the expected kind; null (nullable in the schema) counts as absent unless required.</summary>
    private JsonElement? Get(string name, bool required, JsonValueKind kind)
    {
        if (Problem is not null)
        {
            return null;
        }

        bool present = parameters.TryGetProperty(name, out JsonElement value);
        if (!present || (value.ValueKind == JsonValueKind.Null && !required))
        {
            if (required)
            {
                Fail($"{path}.{name}", "is missing but it is required");
            }

            return null;
        }

        if (value.ValueKind != kind)
        {
            Fail($"{path}.{name}", $"{KindName(value)} found, {(kind == JsonValueKind.Number ? "integer" : "string")} expected");
            return null;
        }

        return value;
    }

    private void Fail(string where, string problem) => Problem ??= CallflowRefusal.InvalidEntry(where, problem);
}
