using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(TaijiangGraph.Benchmarks.QueryLimitsBenchmark).Assembly).Run(args);
