using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo.Auth;

/// <summary>
/// One of Evo Voice's <c>dashboardPermissions</c> of a user: a part of Evo's dashboard the user may see. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<DashboardPermissions>))]
public readonly record struct DashboardPermissions(string Value) : IWireValue<DashboardPermissions>
{
    /// <summary><c>ViewFiles</c>.</summary>
    public static DashboardPermissions ViewFiles { get; } = new("ViewFiles");

    /// <summary><c>ViewNotifications</c>.</summary>
    public static DashboardPermissions ViewNotifications { get; } = new("ViewNotifications");

    /// <summary><c>ViewSessions</c>.</summary>
    public static DashboardPermissions ViewSessions { get; } = new("ViewSessions");

    /// <summary><c>ViewEndpoints</c>.</summary>
    public static DashboardPermissions ViewEndpoints { get; } = new("ViewEndpoints");

    /// <summary><c>ViewReports</c>.</summary>
    public static DashboardPermissions ViewReports { get; } = new("ViewReports");

    /// <summary><c>ViewCustomers</c>.</summary>
    public static DashboardPermissions ViewCustomers { get; } = new("ViewCustomers");

    /// <summary><c>ViewFlows</c>.</summary>
    public static DashboardPermissions ViewFlows { get; } = new("ViewFlows");

    /// <summary><c>ViewCallCenter</c> (absent from some of Evo's captures).</summary>
    public static DashboardPermissions ViewCallCenter { get; } = new("ViewCallCenter");

    static IReadOnlyList<DashboardPermissions> IWireValue<DashboardPermissions>.Known { get; } =
        [ViewFiles, ViewNotifications, ViewSessions, ViewEndpoints, ViewReports, ViewCustomers, ViewFlows, ViewCallCenter];

    string IWireValue<DashboardPermissions>.WireText => Value;

    static DashboardPermissions IWireValue<DashboardPermissions>.FromWire(string text) => new(text);

    /// <summary>The text as Evo sends it.</summary>
    public override string ToString() => Value ?? string.Empty;
}
