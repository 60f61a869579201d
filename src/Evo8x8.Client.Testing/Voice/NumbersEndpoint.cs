using Evo8x8.Client.Testing.Core;
using Microsoft.AspNetCore.Http;
using NodaTime.Text;
using NodaTime;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>
/// <c>GET …/numbers</c> and <c>GET …/numbers/{number}</c>: the subaccount's virtual numbers of
/// <see cref="Evo8x8EmulatorOptions.VirtualNumbers"/>, in the shape of 8x8's OpenAPI schema; an unknown number is 404.
/// </summary>
internal sealed class NumbersEndpoint(VoiceGate gate, IReadOnlyList<EmulatedVirtualNumber> numbers, string subAccountId, IClock clock)
{
    private readonly Instant _assigned = clock.GetCurrentInstant();

    public async Task ListAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false))
        {
            return;
        }

        string assigned = InstantPattern.ExtendedIso.Format(_assigned);
        await JsonAnswer.WriteOkListAsync(
            request.Context,
            "numbers",
            numbers,
            (writer, number) =>
            {
                writer.WriteString("msisdn", number.Msisdn);
                writer.WriteString("dateCreated", assigned);
                writer.WriteString("dateUpdated", assigned);
                VirtualNumberJson.WriteTerms(writer, number);
                writer.WriteString("uri", $"/api/v1/subaccounts/{subAccountId}/numbers/{number.Msisdn.TrimStart('+')}");
                writer.WriteBoolean("numberHealthCheckEnabled", false);
                writer.WriteString("billingCurrency", "USD");
                writer.WriteString("numberType", "Local");
            },
            writer =>
            {
                writer.WriteNumber("totalNumbers", numbers.Count);
                writer.WriteString("lastUpdatedAt", assigned);
            }).ConfigureAwait(false);
    }

    public async Task CheckAsync(EmulatorRequest request)
    {
        if (!await gate.AdmitAsync(request, callflowShape: false).ConfigureAwait(false))
        {
            return;
        }

        string asked = request.RouteValue("number");
        EmulatedVirtualNumber? number = numbers.FirstOrDefault(n => n.Msisdn.TrimStart('+') == asked.TrimStart('+'));
        string now = InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant());
        if (number is null)
        {
            const int NotFound = -3001;
            string message = $"Virtual number not found: {asked} is not one of the subaccount's numbers";
            request.Refused(StatusCodes.Status404NotFound, NotFound, message, "path {number}", asked);
            await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status404NotFound, writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("statusCode", NotFound);
                writer.WriteString("statusMessage", message);
                writer.WriteString("timestamp", now);
                writer.WriteEndObject();
            }).ConfigureAwait(false);
            return;
        }

        await JsonAnswer.WriteAsync(request.Context, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("statusCode", 0);
            writer.WriteString("statusMessage", "ok");
            writer.WriteString("timestamp", now);
            writer.WriteStartObject("payload");
            writer.WriteString("referenceId", number.ReferenceId);
            writer.WriteString("msisdn", number.Msisdn);
            writer.WriteString("countryCode", number.CountryCode);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }
}
