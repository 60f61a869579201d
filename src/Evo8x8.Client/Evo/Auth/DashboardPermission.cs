using System.Text.Json.Serialization;
using Evo8x8.Client.Core.Json;

namespace Evo8x8.Client.Evo.Auth;

/// <summary>
/// One of Evo Voice's <c>dashboardPermissions</c> of a user: a part of Evo's dashboard the user may see. Values Evo adds later are kept with their text.
/// </summary>
[JsonConverter(typeof(WireValueJsonConverter<DashboardPermission>))]
public readonly partial record struct DashboardPermission(string Value) : IWireValue<DashboardPermission>
{
    /// <summary><c>ViewFiles</c>.</summary>
    public static DashboardPermission ViewFiles { get; } = new("ViewFiles");

    /// <summary><c>ViewNotifications</c>.</summary>
    public static DashboardPermission ViewNotifications { get; } = new("ViewNotifications");

    /// <summary><c>ViewSessions</c>.</summary>
    public static DashboardPermission ViewSessions { get; } = new("ViewSessions");

    /// <summary><c>ViewEndpoints</c>.</summary>
    public static DashboardPermission ViewEndpoints { get; } = new("ViewEndpoints");

    /// <summary><c>ViewReports</c>.</summary>
    public static DashboardPermission ViewReports { get; } = new("ViewReports");

    /// <summary><c>ViewCustomers</c>.</summary>
    public static DashboardPermission ViewCustomers { get; } = new("ViewCustomers");

    /// <summary><c>ViewFlows</c>.</summary>
    public static DashboardPermission ViewFlows { get; } = new("ViewFlows");

    /// <summary><c>ViewCallCenter</c> (absent from some of Evo's captures).</summary>
    public static DashboardPermission ViewCallCenter { get; } = new("ViewCallCenter");
}
