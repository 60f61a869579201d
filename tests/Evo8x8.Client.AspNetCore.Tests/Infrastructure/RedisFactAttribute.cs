namespace Evo8x8.Client.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A fact that needs a real redis-server: reported SKIPPED, with the command that installs it, on a machine without it;
/// never a silent pass.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.Executable is null)
        {
            Skip = $"redis-server is not installed; install it to run this test: {RedisServer.InstallCommand}";
        }
    }
}
