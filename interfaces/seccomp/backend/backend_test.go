// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package backend_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/interfaces/seccomp/backend"
	"github.com/snapiface/snapiface/interfaces/seccomp/compiler"
	"github.com/snapiface/snapiface/interfaces/seccomp/loader"
	"github.com/snapiface/snapiface/internal/fsutil"
	"github.com/snapiface/snapiface/snap"
)

func Test(t *testing.T) { check.TestingT(t) }

type backendSuite struct {
	root    string
	repo    *interfaces.Repository
	backend *backend.Backend
	// rules is what interface "extra" adds to a connected plug's
	// policy.
	rules string
}

var _ = check.Suite(&backendSuite{})

// snapYaml is a snap whose apps one and two plug "extra" (their
// policies have the same rules), and whose app three and hook plug
// nothing.
const snapYaml = `name: %s
version: "1"
confinement: %s
apps:
  one:
    command: one
    plugs: [extra]
  two:
    command: two
    plugs: [extra]
  three:
    command: three
hooks:
  configure:
`

const systemYaml = `name: system
version: "1"
type: os
slots:
  extra:
`

func (s *backendSuite) SetUpTest(c *check.C) {
	s.root = c.MkDir()
	s.backend = backend.New(s.root)
	s.rules = "mknod - |S_IFIFO\nsetpriority\n"
	s.repo = interfaces.NewRepository()
	c.Assert(s.repo.AddInterface(&ifacetest.TestInterface{
		InterfaceName: "extra",
		SecCompConnectedPlugCallback: func(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet(s.rules)
			return nil
		},
	}), check.IsNil)
	s.addSnap(c, systemYaml)
}

func (s *backendSuite) addSnap(c *check.C, yaml string) *snap.Info {
	info, err := snap.InfoFromSnapYaml([]byte(yaml))
	c.Assert(err, check.IsNil)
	// The system snap is the one the test designates as such.
	info.System = yaml == systemYaml
	dropped, err := s.repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0)
	return info
}

// addApp adds snap name, of the given confinement, with "extra"
// connected.
func (s *backendSuite) addApp(c *check.C, name string, confinement snap.ConfinementType) {
	s.addSnap(c, fmt.Sprintf(snapYaml, name, confinement))
	_, err := s.repo.Connect(interfaces.ConnRef{
		PlugRef: interfaces.PlugRef{Snap: name, Name: "extra"},
		SlotRef: interfaces.SlotRef{Snap: "system", Name: "extra"},
	}, nil, nil)
	c.Assert(err, check.IsNil)
}

func (s *backendSuite) dir() string { return filepath.Join(s.root, backend.Dir) }

func (s *backendSuite) path(name string) string { return filepath.Join(s.dir(), name) }

// paths returns the files of tags with the suffixes, sorted.
func (s *backendSuite) paths(tags []string, suffixes ...string) []string {
	var out []string
	for _, tag := range tags {
		for _, suffix := range suffixes {
			out = append(out, s.path(tag+suffix))
		}
	}
	sort.Strings(out)
	return out
}

var appTags = []string{"snap.app.hook.configure", "snap.app.one", "snap.app.three", "snap.app.two"}

// snapshot returns every file of the directory with its contents and
// modification time.
func (s *backendSuite) snapshot(c *check.C) map[string]string {
	out := make(map[string]string)
	entries, err := os.ReadDir(s.dir())
	c.Assert(err, check.IsNil)
	for _, e := range entries {
		data, err := os.ReadFile(s.path(e.Name()))
		c.Assert(err, check.IsNil)
		fi, err := os.Stat(s.path(e.Name()))
		c.Assert(err, check.IsNil)
		out[e.Name()] = fmt.Sprintf("%s@%d", data, fi.ModTime().UnixNano())
	}
	return out
}

// policies renders the snap's policies, as the backend must write them.
func (s *backendSuite) policies(c *check.C, name string) []*seccomp.Policy {
	spec := &seccomp.Specification{}
	c.Assert(s.repo.SnapSpecification(spec, name), check.IsNil)
	policies, err := seccomp.RenderSnapPolicies(s.repo.Snap(name), spec)
	c.Assert(err, check.IsNil)
	return policies
}

func (s *backendSuite) setup(c *check.C, name string) *interfaces.SetupResult {
	res, err := s.backend.Setup(context.Background(), s.repo, name, interfaces.SetupOptions{})
	c.Assert(err, check.IsNil)
	c.Check(res.Backend, check.Equals, "seccomp")
	c.Check(res.Snap, check.Equals, name)
	return res
}

func (s *backendSuite) TestFirstSetup(c *check.C) {
	s.addApp(c, "app", snap.StrictConfinement)
	res := s.setup(c, "app")
	c.Check(res.Written, check.DeepEquals, s.paths(appTags, ".bin", ".src"))
	c.Check(res.Removed, check.HasLen, 0)
	// one and two have the same rules, three and the hook too.
	c.Check(res.Compiled, check.Equals, 2)
	c.Check(res.CompileTime > 0, check.Equals, true)

	id, err := compiler.ID()
	c.Assert(err, check.IsNil)
	for _, policy := range s.policies(c, "app") {
		src, err := os.ReadFile(s.path(policy.Tag + ".src"))
		c.Assert(err, check.IsNil)
		c.Check(policy.Text.Equal(src), check.Equals, true)
		f, err := loader.ReadFile(s.path(policy.Tag + ".bin"))
		c.Assert(err, check.IsNil)
		c.Check(f.Source, check.Equals, backend.SourceKey(src))
		c.Check(f.Compiler, check.Equals, id)
		want, err := compiler.Compile(context.Background(), policy.Text.String())
		c.Assert(err, check.IsNil)
		c.Check(f.Programs, check.DeepEquals, want.Programs, check.Commentf(policy.Tag))
		fi, err := os.Stat(s.path(policy.Tag + ".bin"))
		c.Assert(err, check.IsNil)
		c.Check(fi.Mode().Perm(), check.Equals, os.FileMode(0644))
	}
}

func (s *backendSuite) TestNoOpSetup(c *check.C) {
	s.addApp(c, "app", snap.StrictConfinement)
	s.setup(c, "app")
	before := s.snapshot(c)
	time.Sleep(10 * time.Millisecond)

	res := s.setup(c, "app")
	c.Check(res.Changed(), check.Equals, false)
	c.Check(res.Compiled, check.Equals, 0)
	c.Check(res.CompileTime, check.Equals, time.Duration(0))
	c.Check(s.snapshot(c), check.DeepEquals, before)

	// A daemon that starts again compiles and writes nothing either:
	// the filters on disk say what they were compiled from.
	s.backend = backend.New(s.root)
	res = s.setup(c, "app")
	c.Check(res.Changed(), check.Equals, false)
	c.Check(res.Compiled, check.Equals, 0)
	c.Check(s.snapshot(c), check.DeepEquals, before)
}

func (s *backendSuite) TestChangedRulesRecompiled(c *check.C) {
	s.addApp(c, "app", snap.StrictConfinement)
	s.setup(c, "app")
	s.rules = "mknod - |S_IFIFO\n"
	res := s.setup(c, "app")
	c.Check(res.Written, check.DeepEquals, s.paths([]string{"snap.app.one", "snap.app.two"}, ".bin", ".src"))
	c.Check(res.Compiled, check.Equals, 1)

	// A comment changes the policy, not its filter.
	s.rules = "# version 1\nmknod - |S_IFIFO\n"
	s.setup(c, "app")
	s.rules = "# version 2, with more words\nmknod - |S_IFIFO\n"
	res = s.setup(c, "app")
	c.Check(res.Written, check.DeepEquals, s.paths([]string{"snap.app.one", "snap.app.two"}, ".src"))
	c.Check(res.Compiled, check.Equals, 0)
}

func (s *backendSuite) TestSameRulesShareACompile(c *check.C) {
	s.addApp(c, "app", snap.StrictConfinement)
	s.addApp(c, "other", snap.StrictConfinement)
	c.Check(s.setup(c, "app").Compiled, check.Equals, 2)
	// Every policy of the other snap has the rules of one of the app's.
	res := s.setup(c, "other")
	c.Check(res.Compiled, check.Equals, 0)
	c.Check(res.Written, check.HasLen, 8)
	for _, tag := range []string{"one", "three"} {
		mine, err := loader.ReadFile(s.path("snap.app." + tag + ".bin"))
		c.Assert(err, check.IsNil)
		theirs, err := loader.ReadFile(s.path("snap.other." + tag + ".bin"))
		c.Assert(err, check.IsNil)
		c.Check(theirs, check.DeepEquals, mine)
	}
}

func (s *backendSuite) TestSnapLosesAnApp(c *check.C) {
	s.addApp(c, "app", snap.StrictConfinement)
	s.setup(c, "app")
	c.Assert(s.repo.Disconnect(interfaces.ConnRef{
		PlugRef: interfaces.PlugRef{Snap: "app", Name: "extra"},
		SlotRef: interfaces.SlotRef{Snap: "system", Name: "extra"},
	}), check.IsNil)
	c.Assert(s.repo.RemoveSnap("app"), check.IsNil)
	s.addSnap(c, strings.Replace(fmt.Sprintf(snapYaml, "app", "strict"), "  three:\n    command: three\n", "", 1))
	res := s.setup(c, "app")
	c.Check(res.Removed, check.DeepEquals, s.paths([]string{"snap.app.three"}, ".bin", ".src"))
	// one and two lost their connection with the old snap: they have
	// the hook's rules now, whose filter is known, so none is compiled.
	c.Check(res.Written, check.DeepEquals, s.paths([]string{"snap.app.one", "snap.app.two"}, ".bin", ".src"))
	c.Check(res.Compiled, check.Equals, 0)
	_, err := os.Stat(s.path("snap.app.three.src"))
	c.Check(errors.Is(err, os.ErrNotExist), check.Equals, true)
}

func (s *backendSuite) TestFailingCompileKeepsOldFiles(c *check.C) {
	s.addApp(c, "app", snap.StrictConfinement)
	s.setup(c, "app")
	before := s.snapshot(c)

	s.rules = "mknod - |S_IFIFO\nnosuchcall\n"
	_, err := s.backend.Setup(context.Background(), s.repo, "app", interfaces.SetupOptions{})
	c.Check(err, check.ErrorMatches, `cannot set up seccomp filters of snap "app": `+
		`snap.app.one: interface "extra": line [0-9]+: syscall "nosuchcall": no such syscall on any architecture\n`+
		`snap.app.two: interface "extra": line [0-9]+: syscall "nosuchcall": no such syscall on any architecture`)
	var perr *seccomp.PolicyError
	c.Check(errors.As(err, &perr), check.Equals, true)
	// Nothing changed, no file left behind.
	c.Check(s.snapshot(c), check.DeepEquals, before)

	// Fixed, it is set up.
	s.rules = "setpriority\n"
	res := s.setup(c, "app")
	c.Check(res.Written, check.HasLen, 4)
}

func (s *backendSuite) TestFirstSetupFailsWithNothingWritten(c *check.C) {
	s.rules = "nosuchcall\n"
	s.addApp(c, "app", snap.StrictConfinement)
	_, err := s.backend.Setup(context.Background(), s.repo, "app", interfaces.SetupOptions{})
	c.Check(err, check.ErrorMatches, `(?s)cannot set up seccomp filters of snap "app": snap.app.one: .*`)
	c.Check(s.snapshot(c), check.HasLen, 0)
}

func (s *backendSuite) TestCompileBoundedByContext(c *check.C) {
	s.addApp(c, "app", snap.StrictConfinement)
	ctx, cancel := context.WithTimeout(context.Background(), -time.Second)
	defer cancel()
	_, err := s.backend.Setup(ctx, s.repo, "app", interfaces.SetupOptions{})
	c.Check(err, check.ErrorMatches, `cannot set up seccomp filters of snap "app": snap.app.hook.configure: cannot compile seccomp policy: context deadline exceeded\n`+
		`snap.app.one: cannot compile seccomp policy: context deadline exceeded\n`+
		`snap.app.three: cannot compile seccomp policy: context deadline exceeded\n`+
		`snap.app.two: cannot compile seccomp policy: context deadline exceeded`)
	c.Check(errors.Is(err, context.DeadlineExceeded), check.Equals, true)
	c.Check(s.snapshot(c), check.HasLen, 0)
}

func (s *backendSuite) TestRemove(c *check.C) {
	s.addApp(c, "app", snap.StrictConfinement)
	s.addApp(c, "other", snap.StrictConfinement)
	s.setup(c, "app")
	s.setup(c, "other")
	res, err := s.backend.Remove(context.Background(), "app")
	c.Assert(err, check.IsNil)
	c.Check(res.Removed, check.DeepEquals, s.paths(appTags, ".bin", ".src"))
	c.Check(res.Written, check.HasLen, 0)
	c.Check(s.snapshot(c), check.HasLen, 8)
	for name := range s.snapshot(c) {
		c.Check(name, check.Matches, `snap\.other\..*`)
	}
	res, err = s.backend.Remove(context.Background(), "app")
	c.Assert(err, check.IsNil)
	c.Check(res.Changed(), check.Equals, false)

	// The other snap's filters are still shared, from memory.
	s.addApp(c, "third", snap.StrictConfinement)
	c.Check(s.setup(c, "third").Compiled, check.Equals, 0)
}

func (s *backendSuite) TestRemoveAfterRestart(c *check.C) {
	s.addApp(c, "app", snap.StrictConfinement)
	s.setup(c, "app")
	// Left behind by a Setup that stopped between writing and renaming.
	c.Assert(os.WriteFile(s.path(".snap.app.one.bin.1234"), nil, 0644), check.IsNil)
	c.Assert(os.WriteFile(s.path("unrelated"), nil, 0644), check.IsNil)
	s.backend = backend.New(s.root)
	res, err := s.backend.Remove(context.Background(), "app")
	c.Assert(err, check.IsNil)
	c.Check(res.Removed, check.DeepEquals, append([]string{s.path(".snap.app.one.bin.1234")}, s.paths(appTags, ".bin", ".src")...))
	c.Check(s.snapshot(c), check.HasLen, 1)
}

func (s *backendSuite) TestLeftoversRemovedBySetup(c *check.C) {
	c.Assert(os.MkdirAll(s.dir(), 0755), check.IsNil)
	c.Assert(os.WriteFile(s.path(".snap.app.one.src.1234"), nil, 0644), check.IsNil)
	c.Assert(os.WriteFile(s.path("snap.app.gone.bin"), nil, 0644), check.IsNil)
	c.Assert(os.WriteFile(s.path("snap.application.x.bin"), nil, 0644), check.IsNil)
	s.addApp(c, "app", snap.StrictConfinement)
	res := s.setup(c, "app")
	c.Check(res.Removed, check.DeepEquals, []string{s.path(".snap.app.one.src.1234"), s.path("snap.app.gone.bin")})
	_, err := os.Stat(s.path("snap.application.x.bin"))
	c.Check(err, check.IsNil)
}

func (s *backendSuite) TestDamagedFilterWrittenAgain(c *check.C) {
	s.addApp(c, "app", snap.StrictConfinement)
	s.setup(c, "app")
	good, err := os.ReadFile(s.path("snap.app.one.bin"))
	c.Assert(err, check.IsNil)

	// Cut short: written again, from the filter the other app shares.
	c.Assert(os.WriteFile(s.path("snap.app.one.bin"), good[:len(good)-8], 0644), check.IsNil)
	res := s.setup(c, "app")
	c.Check(res.Written, check.DeepEquals, []string{s.path("snap.app.one.bin")})
	c.Check(res.Compiled, check.Equals, 0)
	again, err := os.ReadFile(s.path("snap.app.one.bin"))
	c.Assert(err, check.IsNil)
	c.Check(again, check.DeepEquals, good)

	// Made by another compiler: compiled again by a daemon that starts.
	f, err := loader.Parse(good)
	c.Assert(err, check.IsNil)
	f.Compiler = "libseccomp-0.0.1/amd64/1"
	data, err := f.Marshal()
	c.Assert(err, check.IsNil)
	c.Assert(os.WriteFile(s.path("snap.app.one.bin"), data, 0644), check.IsNil)
	c.Assert(os.WriteFile(s.path("snap.app.two.bin"), data, 0644), check.IsNil)
	s.backend = backend.New(s.root)
	res = s.setup(c, "app")
	c.Check(res.Written, check.DeepEquals, []string{s.path("snap.app.one.bin"), s.path("snap.app.two.bin")})
	c.Check(res.Compiled, check.Equals, 1)
	again, err = os.ReadFile(s.path("snap.app.two.bin"))
	c.Assert(err, check.IsNil)
	c.Check(again, check.DeepEquals, good)

	// A policy changed by hand is written again; its filter is right.
	c.Assert(os.WriteFile(s.path("snap.app.one.src"), []byte("read\n"), 0644), check.IsNil)
	res = s.setup(c, "app")
	c.Check(res.Written, check.DeepEquals, []string{s.path("snap.app.one.src")})
	c.Check(res.Compiled, check.Equals, 0)
}

func (s *backendSuite) TestClassicAndDevmode(c *check.C) {
	s.addApp(c, "classic", snap.ClassicConfinement)
	s.addApp(c, "devmode", snap.DevModeConfinement)
	s.setup(c, "classic")
	s.setup(c, "devmode")
	f, err := loader.ReadFile(s.path("snap.classic.one.bin"))
	c.Assert(err, check.IsNil)
	c.Check(f.Programs, check.HasLen, 0)
	f, err = loader.ReadFile(s.path("snap.devmode.one.bin"))
	c.Assert(err, check.IsNil)
	c.Check(f.Programs, check.Not(check.HasLen), 0)
}

// TestConcurrentSetups sets up snaps with the same rules at the same
// time, each twice (run with -race): each distinct source is compiled
// once in all, and every file is right.
func (s *backendSuite) TestConcurrentSetups(c *check.C) {
	names := []string{"app", "other"}
	for _, name := range names {
		s.addApp(c, name, snap.StrictConfinement)
	}
	var wg sync.WaitGroup
	results := make(chan *interfaces.SetupResult, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			res, err := s.backend.Setup(context.Background(), s.repo, name, interfaces.SetupOptions{})
			c.Check(err, check.IsNil)
			results <- res
		}(names[i%2])
	}
	wg.Wait()
	close(results)
	compiled, written := 0, 0
	for res := range results {
		compiled += res.Compiled
		written += len(res.Written)
	}
	c.Check(compiled, check.Equals, 2)
	c.Check(written, check.Equals, 16)
	for _, name := range names {
		for _, policy := range s.policies(c, name) {
			src, err := os.ReadFile(s.path(policy.Tag + ".src"))
			c.Assert(err, check.IsNil)
			c.Check(policy.Text.Equal(src), check.Equals, true)
			f, err := loader.ReadFile(s.path(policy.Tag + ".bin"))
			c.Assert(err, check.IsNil)
			c.Check(f.Source, check.Equals, backend.SourceKey(src))
		}
	}
	c.Check(s.snapshot(c), check.HasLen, 16)
}

func (s *backendSuite) TestSetupErrors(c *check.C) {
	s.addApp(c, "app", snap.StrictConfinement)
	blocked := backend.New(filepath.Join(s.root, "file"))
	c.Assert(os.WriteFile(filepath.Join(s.root, "file"), nil, 0644), check.IsNil)
	for _, t := range []struct {
		backend     *backend.Backend
		snap        string
		errorRegexp string
	}{
		{s.backend, "nope", `cannot set up seccomp filters of snap "nope": no such snap`},
		{blocked, "app", `cannot set up seccomp filters of snap "app": mkdir .*/file: not a directory`},
	} {
		_, err := t.backend.Setup(context.Background(), s.repo, t.snap, interfaces.SetupOptions{})
		c.Check(err, check.ErrorMatches, t.errorRegexp)
	}
}

func (s *backendSuite) TestSourceKey(c *check.C) {
	key := backend.SourceKey([]byte("read\nwrite\n"))
	c.Check(key, check.Matches, `sha256:[0-9a-f]{64}`)
	for _, t := range []struct {
		text string
		same bool
	}{
		{"read\nwrite\n", true},
		{"read # why\nwrite\n", false}, // the blank before the comment stays
		{"read# why\nwrite\n", true},
		{"read#\nwrite#\n", true},
		{"# header\nread\nwrite\n", false}, // a line more
		{"read\nwrite", false},
		{"read\n\nwrite\n", false},
		{"write\nread\n", false},
	} {
		c.Check(backend.SourceKey([]byte(t.text)) == key, check.Equals, t.same, check.Commentf("%q", t.text))
	}
	c.Check(backend.SourceKey([]byte("# one\nread\n")), check.Equals, backend.SourceKey([]byte("# two, longer\nread\n")))
}

// TestChangesSeenWithoutReading checks that files the backend knows,
// and does not read again, are still checked: one changed in place,
// even to another text of the same size, or removed, is written again.
func (s *backendSuite) TestChangesSeenWithoutReading(c *check.C) {
	s.addApp(c, "app", snap.StrictConfinement)
	s.setup(c, "app")
	// Once the files are older than the racy window, a Setup reads
	// them and trusts their stamps from then on.
	time.Sleep(fsutil.RacyWindow + 50*time.Millisecond)
	c.Check(s.setup(c, "app").Changed(), check.Equals, false)
	c.Check(s.setup(c, "app").Changed(), check.Equals, false)

	src, err := os.ReadFile(s.path("snap.app.one.src"))
	c.Assert(err, check.IsNil)
	bin, err := os.ReadFile(s.path("snap.app.three.bin"))
	c.Assert(err, check.IsNil)
	changed := strings.Replace(string(src), "setpriority", "setpriorita", 1)
	c.Assert(changed, check.Not(check.Equals), string(src))
	c.Assert(os.WriteFile(s.path("snap.app.one.src"), []byte(changed), 0644), check.IsNil)
	c.Assert(os.Remove(s.path("snap.app.two.bin")), check.IsNil)
	c.Assert(os.WriteFile(s.path("snap.app.three.bin"), append(bin[:len(bin)-1:len(bin)-1], bin[len(bin)-1]^1), 0644), check.IsNil)
	res := s.setup(c, "app")
	c.Check(res.Written, check.DeepEquals, []string{s.path("snap.app.one.src"), s.path("snap.app.three.bin"), s.path("snap.app.two.bin")})
	c.Check(res.Compiled, check.Equals, 0)
	again, err := os.ReadFile(s.path("snap.app.one.src"))
	c.Assert(err, check.IsNil)
	c.Check(string(again), check.Equals, string(src))
}
