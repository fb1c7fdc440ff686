using MediatR;

namespace RecognitionPay.Api.Pipeline;

/// <summary>A request that changes state: it runs in one database transaction, committed only after its handler.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;

/// <summary>
/// A command that writes too much to hold at once (a payment run of thousands of items): its transaction opens
/// before the handler, which reads a consistent state and may save in chunks; everything commits, or nothing does.
/// </summary>
public interface IBulkCommand<out TResponse> : ICommand<TResponse>;

/// <summary>
/// A command that may lose a race for the same rows to another (two payment runs gathering the same claims) and is
/// then tried again from a clean state, gathering only what is left (<see cref="RetryBehavior{TRequest,TResponse}"/>).
/// </summary>
public interface IRetriedCommand;
