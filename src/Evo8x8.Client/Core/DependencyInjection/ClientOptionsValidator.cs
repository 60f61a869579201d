using Microsoft.Extensions.Options;

namespace Evo8x8.Client.Core.DependencyInjection;

/// <summary>
/// Checks a registered client's options with the same rules its constructor applies, so that a wrong setting
/// stops the application at start-up with a message naming the client, the setting and the fix.
/// </summary>
internal sealed class ClientOptionsValidator<TOptions>(
    Func<TOptions, List<string>> findProblems, IEnumerable<ClientRegistration> registrations) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        string key = name ?? Options.DefaultName;
        ClientRegistration? registration = ClientRegistration.Find(registrations, typeof(TOptions), key);
        if (registration is null)
        {
            return ValidateOptionsResult.Skip;
        }

        List<string> problems = findProblems(options);
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(problem => $"{registration.Describe()}: {problem}"));
    }
}
