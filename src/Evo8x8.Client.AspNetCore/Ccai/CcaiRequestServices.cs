using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Evo8x8.Client.AspNetCore.Ccai;

/// <summary>What the CCAI entry points read from the request's services: current options, the log, the clock.</summary>
internal static class CcaiRequestServices
{
    /// <summary>The options as they are now (<see cref="IOptionsMonitor{TOptions}"/>): a rotated secret applies to the next request.</summary>
    public static TOptions Options<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(IServiceProvider services)
        => services.GetRequiredService<IOptionsMonitor<TOptions>>().CurrentValue;

    public static ILogger Logger(IServiceProvider services)
        => services.GetService<ILoggerFactory>()?.CreateLogger("Evo8x8.Client.AspNetCore.Ccai") ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public static IClock Clock(IServiceProvider services) => services.GetService<IClock>() ?? SystemClock.Instance;
}
