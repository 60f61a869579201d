using System.Text.Json;

namespace Evo8x8.Client.Testing.Voice;

/// <summary>The fields a virtual number shows both in <c>GET …/numbers</c> and in VNU events.</summary>
internal static class VirtualNumberJson
{
    public static void WriteTerms(Utf8JsonWriter writer, EmulatedVirtualNumber number)
    {
        writer.WriteString("countryCode", number.CountryCode);
        writer.WriteString("operationalStatus", number.OperationalStatus);
        writer.WriteString("referenceId", number.ReferenceId);
        writer.WriteNumber("rentalPrice", 5.0m);
        writer.WriteNumber("incomingRate", 0.05m);
        writer.WriteNumber("billingUnit", 60);
    }
}
