// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package benchmarks_test

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	aabackend "github.com/snapiface/snapiface/interfaces/apparmor/backend"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	scbackend "github.com/snapiface/snapiface/interfaces/seccomp/backend"
)

// The daemon's side: the backends setting a system up on disk, in a
// temporary root. AppArmor profiles are written but not compiled
// (apparmor_parser's cost is its own, and this kernel has no AppArmor
// to load them into); seccomp policies are compiled with libseccomp.

// daemonSystem returns the repository of a system of n snaps of 3 apps
// and 8 plugs, auto-connected by policy, and its snap names.
func daemonSystem(tb fataler, n int) (*interfaces.Repository, []string) {
	base, err := policy.BuiltinDeclaration()
	if err != nil {
		tb.Fatal(err)
	}
	infos := systemSnaps(n, implicitPlugs(tb))
	repo, _ := wholeSystem(tb, base, infos, nil)
	names := make([]string, len(infos))
	for i, info := range infos {
		names[i] = info.InstanceName()
	}
	return repo, names
}

// newBackends returns both backends of a root.
func newBackends(root string) []interfaces.SecurityBackend {
	return []interfaces.SecurityBackend{
		aabackend.New(aabackend.Config{Root: root, Host: apparmor.Host{Revision: "1"}, SkipParser: true}),
		scbackend.New(root),
	}
}

// setupTotals is what a set of Setups did.
type setupTotals struct {
	compiles, written, removed int
	compileTime                time.Duration
}

func setupAll(tb fataler, repo *interfaces.Repository, names []string, backends []interfaces.SecurityBackend) setupTotals {
	results, err := interfaces.SetupSnaps(context.Background(), repo, names, interfaces.SetupOptions{}, backends...)
	if err != nil {
		tb.Fatal(err)
	}
	return totals(results)
}

func totals(results []*interfaces.SetupResult) setupTotals {
	var t setupTotals
	for _, res := range results {
		if res.Backend == "seccomp" {
			t.compiles += res.Compiled
			t.compileTime += res.CompileTime
		}
		t.written += len(res.Written)
		t.removed += len(res.Removed)
	}
	return t
}

// distinctSources counts the seccomp policies of the snaps, and their
// distinct sources (SourceKey): what must be compiled.
func distinctSources(tb fataler, repo *interfaces.Repository, names []string) (policies, sources int) {
	seen := make(map[string]bool)
	for _, name := range names {
		spec := &seccomp.Specification{}
		if err := repo.SnapSpecification(spec, name); err != nil {
			tb.Fatal(err)
		}
		rendered, err := seccomp.RenderSnapPolicies(repo.Snap(name), spec)
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range rendered {
			seen[scbackend.SourceKey(p.Text.AppendTo(nil))] = true
			policies++
		}
	}
	return policies, len(seen)
}

// cpuTime returns the CPU time the process has used, user and system,
// on every thread: a figure that the other loads of a shared machine
// stretch much less than the wall-clock time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func tempRoot(tb fataler) string {
	root, err := os.MkdirTemp("", "snapiface-bench-")
	if err != nil {
		tb.Fatal(err)
	}
	return root
}

// BenchmarkSetupSystem200 sets up the 200-snap system into an empty
// root: 600 AppArmor profiles written, 600 seccomp policies written and
// compiled, each distinct source once, in parallel (two at a time
// here). It reports the compiles against the distinct sources, and the
// time a compile takes (libseccomp's, measured by the backend), besides
// the whole Setup's.
func BenchmarkSetupSystem200(b *testing.B) {
	repo, names := daemonSystem(b, 200)
	policies, sources := distinctSources(b, repo, names)
	var t setupTotals
	var compileTime time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		root := tempRoot(b)
		backends := newBackends(root)
		b.StartTimer()
		t = setupAll(b, repo, names, backends)
		compileTime += t.compileTime
		b.StopTimer()
		os.RemoveAll(root)
		b.StartTimer()
	}
	b.StopTimer()
	if t.compiles != sources {
		b.Fatalf("%d compiles for %d distinct sources", t.compiles, sources)
	}
	b.ReportMetric(float64(policies), "policies")
	b.ReportMetric(float64(sources), "sources")
	b.ReportMetric(float64(t.compiles), "compiles")
	b.ReportMetric(float64(t.written), "files")
	b.ReportMetric(float64(compileTime.Nanoseconds())/float64(b.N)/float64(t.compiles), "ns/compile")
}

// benchmarkNoChange sets the 200-snap system up, then again with
// nothing changed, with the same backends or, with restart, with new
// ones (a daemon started again): no compile and no write.
func benchmarkNoChange(b *testing.B, restart bool) {
	repo, names := daemonSystem(b, 200)
	root := tempRoot(b)
	defer os.RemoveAll(root)
	backends := newBackends(root)
	setupAll(b, repo, names, backends)
	var t setupTotals
	var cpu time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := cpuTime()
		if restart {
			b.StopTimer()
			backends = newBackends(root)
			b.StartTimer()
		}
		got := setupAll(b, repo, names, backends)
		cpu += cpuTime() - start
		t.compiles += got.compiles
		t.written += got.written + got.removed
	}
	b.StopTimer()
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	if t.compiles+t.written != 0 {
		b.Fatalf("nothing changed, but %d compiles and %d files written or removed", t.compiles, t.written)
	}
	b.ReportMetric(float64(t.compiles)/float64(b.N), "compiles/op")
	b.ReportMetric(float64(t.written)/float64(b.N), "writes/op")
}

// BenchmarkSetupSystem200NoChange is a second Setup of the 200-snap
// system by the backends that made it: under 20 ms.
func BenchmarkSetupSystem200NoChange(b *testing.B) { benchmarkNoChange(b, false) }

// BenchmarkSetupSystem200Restart is the same by new backends, as after
// a daemon restart: the files are listed and the filters' sources read
// again.
func BenchmarkSetupSystem200Restart(b *testing.B) { benchmarkNoChange(b, true) }

// seccompConnection finds a plug left unconnected whose connection to
// the system changes its snap's seccomp policies.
func seccompConnection(tb fataler, repo *interfaces.Repository) interfaces.ConnRef {
	connected := map[interfaces.PlugRef]bool{}
	for _, ref := range repo.Connections() {
		connected[ref.PlugRef] = true
	}
	for _, name := range repo.SnapNames() {
		for _, plug := range repo.Plugs(name) {
			ref := interfaces.ConnRef{
				PlugRef: interfaces.PlugRef{Snap: name, Name: plug.Name},
				SlotRef: interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: plug.Interface},
			}
			if connected[ref.PlugRef] || repo.Slot(builtin.SystemSnapName, plug.Interface) == nil {
				continue
			}
			before := sourcesOf(tb, repo, name)
			if _, err := repo.Connect(ref, nil, nil); err != nil {
				tb.Fatal(err)
			}
			after := sourcesOf(tb, repo, name)
			if err := repo.Disconnect(ref); err != nil {
				tb.Fatal(err)
			}
			if after != before {
				return ref
			}
		}
	}
	tb.Fatal("no unconnected plug changes a seccomp policy")
	return interfaces.ConnRef{}
}

// sourcesOf returns the sources of a snap's seccomp policies, joined.
func sourcesOf(tb fataler, repo *interfaces.Repository, name string) string {
	spec := &seccomp.Specification{}
	if err := repo.SnapSpecification(spec, name); err != nil {
		tb.Fatal(err)
	}
	rendered, err := seccomp.RenderSnapPolicies(repo.Snap(name), spec)
	if err != nil {
		tb.Fatal(err)
	}
	var keys string
	for _, p := range rendered {
		keys += scbackend.SourceKey(p.Text.AppendTo(nil)) + " "
	}
	return keys
}

// benchmarkIncrementalSetup connects, on a set-up system of n snaps, a
// plug whose connection changes its snap's seccomp policies, sets up
// the snaps it affects, then disconnects it and sets them up again. It
// reports the files written and the policies compiled per operation
// (one connect and one disconnect): the affected snap's only, however
// many snaps there are.
func benchmarkIncrementalSetup(b *testing.B, n int) {
	repo, names := daemonSystem(b, n)
	root := tempRoot(b)
	defer os.RemoveAll(root)
	backends := newBackends(root)
	setupAll(b, repo, names, backends)
	ref := seccompConnection(b, repo)
	var t setupTotals
	var cpu time.Duration
	affected := 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := cpuTime()
		_, results, err := interfaces.ConnectAndSetup(context.Background(), repo, ref, nil, nil, backends...)
		if err != nil {
			b.Fatal(err)
		}
		got := totals(results)
		results, err = interfaces.DisconnectAndSetup(context.Background(), repo, ref, backends...)
		if err != nil {
			b.Fatal(err)
		}
		more := totals(results)
		cpu += cpuTime() - start
		t.compiles += got.compiles + more.compiles
		t.written += got.written + more.written
		affected = len(results) / len(backends)
	}
	b.StopTimer()
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(affected), "snaps")
	b.ReportMetric(float64(t.compiles)/float64(b.N), "compiles/op")
	b.ReportMetric(float64(t.written)/float64(b.N), "writes/op")
}

// BenchmarkIncrementalSetup100 is the incremental connect on 100 snaps.
func BenchmarkIncrementalSetup100(b *testing.B) { benchmarkIncrementalSetup(b, 100) }

// BenchmarkIncrementalSetup200 is the same on 200 snaps: it must cost
// what the 100 does.
func BenchmarkIncrementalSetup200(b *testing.B) { benchmarkIncrementalSetup(b, 200) }

// TestDaemonSetup runs the backends' workloads once, small, and checks
// what the benchmarks count: one compile per distinct source, nothing
// compiled or written the second time, after a restart too, and only
// the affected snap set up again on a connection.
func (s *workloadsSuite) TestDaemonSetup(c *check.C) {
	repo, names := daemonSystem(c, 20)
	policies, sources := distinctSources(c, repo, names)
	c.Check(policies, check.Equals, 60)
	c.Check(sources < policies, check.Equals, true, check.Commentf("%d sources", sources))
	root := c.MkDir()
	backends := newBackends(root)
	first := setupAll(c, repo, names, backends)
	c.Check(first.compileTime > 0, check.Equals, true)
	first.compileTime = 0
	c.Check(first, check.Equals, setupTotals{compiles: sources, written: 3 * 60})
	c.Check(setupAll(c, repo, names, backends), check.Equals, setupTotals{})
	c.Check(setupAll(c, repo, names, newBackends(root)), check.Equals, setupTotals{})

	ref := seccompConnection(c, repo)
	_, results, err := interfaces.ConnectAndSetup(context.Background(), repo, ref, nil, nil, backends...)
	c.Assert(err, check.IsNil)
	c.Check(results, check.HasLen, 2)
	c.Check(results[0].Snap, check.Equals, ref.PlugRef.Snap)
	got := totals(results)
	c.Check(got.compiles > 0, check.Equals, true)
	c.Check(got.written > 0 && got.written <= 3*3, check.Equals, true, check.Commentf("%d written", got.written))
}
