namespace Evo8x8.Client.Evo.Auth;

/// <summary>The signed-in Evo Voice user as <c>GET /auth/status</c> describes it (Evo's <c>UserInfo</c>).</summary>
public sealed class UserInfo
{
    /// <summary>The user's Evo id.</summary>
    public string? Id { get; init; }

    /// <summary>True when Evo accepted the credentials the request carried.</summary>
    public bool IsAuthenticated { get; init; }

    /// <summary>The user's first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The user's last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The user's full name.</summary>
    public string? Name { get; init; }

    /// <summary>Address of the user's picture, if any.</summary>
    public string? AvatarUrl { get; init; }

    /// <summary>The user's email address, which is also the Evo user name.</summary>
    public string? EmailAddress { get; init; }

    /// <summary>The user's roles, for example <c>User</c>, <c>Manager</c>, <c>SystemAdministrator</c>; empty when there are none.</summary>
    public IReadOnlyList<string> Roles { get; init => field = value ?? []; } = [];

    /// <summary>The accounts the user may act on; <see cref="AccountNames"/> has their names at the same positions.</summary>
    public IReadOnlyList<string> AccountIds { get; init => field = value ?? []; } = [];

    /// <summary>The names of <see cref="AccountIds"/>, position by position.</summary>
    public IReadOnlyList<string> AccountNames { get; init => field = value ?? []; } = [];

    /// <summary>What the user may do in Evo's manager; absent from some of Evo's captures.</summary>
    public UserManagerAccess? ManagerAccess { get; init; }

    /// <summary>The parts of Evo's dashboard the user may see; empty when there are none.</summary>
    public IReadOnlyList<DashboardPermission> DashboardPermissions { get; init => field = value ?? []; } = [];

    /// <summary>True when <see cref="Roles"/> holds <paramref name="role"/> (compared as ServiceStack does, ignoring case).</summary>
    /// <param name="role">A role name, for example <c>Manager</c>.</param>
    /// <returns>Whether the user has the role.</returns>
    public bool HasRole(string role) => Roles.Contains(role, StringComparer.OrdinalIgnoreCase);
}
