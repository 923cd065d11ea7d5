// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package backend_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aaparser"
	"github.com/snapiface/snapiface/interfaces/apparmor/backend"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/internal/fsutil"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

func Test(t *testing.T) { check.TestingT(t) }

type backendSuite struct {
	root    string
	repo    *interfaces.Repository
	backend *backend.Backend
	// rules is what interface "extra" adds to a connected plug's
	// profile.
	rules string
}

var _ = check.Suite(&backendSuite{})

// snapYaml is a snap whose apps one and two plug "extra", and whose
// app three and hook plug nothing.
const snapYaml = `name: %s
version: "1"
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

var appTags = []string{"snap.app.hook.configure", "snap.app.one", "snap.app.three", "snap.app.two"}

func (s *backendSuite) SetUpTest(c *check.C) {
	s.root = c.MkDir()
	s.rules = "/etc/hosts r,\n"
	s.repo = interfaces.NewRepository()
	c.Assert(s.repo.AddInterface(&ifacetest.TestInterface{
		InterfaceName: "extra",
		AppArmorConnectedPlugCallback: func(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet(s.rules)
			return nil
		},
	}), check.IsNil)
	s.addSnap(c, systemYaml)
	s.backend = s.newBackend(backend.Config{})
}

// newBackend returns a backend of the suite's root, rendering for
// revision 7 unless told otherwise.
func (s *backendSuite) newBackend(cfg backend.Config) *backend.Backend {
	cfg.Root = s.root
	if cfg.Host.Revision == "" {
		cfg.Host.Revision = "7"
	}
	return backend.New(cfg)
}

// requireParser skips (fails in CI) the tests that run apparmor_parser.
func requireParser(c *check.C) {
	if _, err := aaparser.Available(); err != nil {
		testutil.MissingTool(c, err.Error())
	}
}

func (s *backendSuite) addSnap(c *check.C, yaml string) {
	info, err := snap.InfoFromSnapYaml([]byte(yaml))
	c.Assert(err, check.IsNil)
	// The system snap is the one the test designates as such.
	info.System = yaml == systemYaml
	dropped, err := s.repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0)
}

var extraConn = func(name string) interfaces.ConnRef {
	return interfaces.ConnRef{
		PlugRef: interfaces.PlugRef{Snap: name, Name: "extra"},
		SlotRef: interfaces.SlotRef{Snap: "system", Name: "extra"},
	}
}

// addApp adds snap name with "extra" connected.
func (s *backendSuite) addApp(c *check.C, name string) {
	s.addSnap(c, fmt.Sprintf(snapYaml, name))
	_, err := s.repo.Connect(extraConn(name), nil, nil)
	c.Assert(err, check.IsNil)
}

// dropAppThree replaces snap "app" with one without app three.
func (s *backendSuite) dropAppThree(c *check.C) {
	c.Assert(s.repo.Disconnect(extraConn("app")), check.IsNil)
	c.Assert(s.repo.RemoveSnap("app"), check.IsNil)
	s.addSnap(c, strings.Replace(fmt.Sprintf(snapYaml, "app"), "  three:\n    command: three\n", "", 1))
	_, err := s.repo.Connect(extraConn("app"), nil, nil)
	c.Assert(err, check.IsNil)
}

var stagingRe = regexp.MustCompile(`\.snap\.([a-z0-9-]+)\.staging-[0-9]+`)

func (s *backendSuite) path(tag string) string {
	return filepath.Join(s.root, backend.ProfilesDir, tag)
}

func (s *backendSuite) paths(tags ...string) []string {
	out := make([]string, len(tags))
	for i, tag := range tags {
		out[i] = s.path(tag)
	}
	sort.Strings(out)
	return out
}

// snapshot returns every file under the root but the kernel's, with
// its contents and modification time.
func (s *backendSuite) snapshot(c *check.C) map[string]string {
	out := make(map[string]string)
	err := filepath.Walk(s.root, func(path string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() || strings.HasPrefix(path, filepath.Join(s.root, "sys")) {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(s.root, path)
		out[rel] = fmt.Sprintf("%s@%d", data, fi.ModTime().UnixNano())
		return nil
	})
	c.Assert(err, check.IsNil)
	return out
}

// cached returns the tags of the profiles in the cache.
func (s *backendSuite) cached(c *check.C) []string {
	paths, err := filepath.Glob(filepath.Join(s.root, backend.CacheDir, "*", "snap.*"))
	c.Assert(err, check.IsNil)
	var tags []string
	for _, path := range paths {
		tags = append(tags, filepath.Base(path))
	}
	sort.Strings(tags)
	return tags
}

// profiles renders the snap's profiles for a revision.
func (s *backendSuite) profiles(c *check.C, name, revision string) []*apparmor.Profile {
	spec := &apparmor.Specification{}
	c.Assert(s.repo.SnapSpecification(spec, name), check.IsNil)
	profiles, err := apparmor.RenderSnapProfiles(s.repo.Snap(name), spec, apparmor.Host{Revision: revision})
	c.Assert(err, check.IsNil)
	return profiles
}

func (s *backendSuite) setup(c *check.C, name string, revision string) *interfaces.SetupResult {
	res, err := s.backend.Setup(context.Background(), s.repo, name, interfaces.SetupOptions{Revision: revision})
	c.Assert(err, check.IsNil)
	c.Check(res.Backend, check.Equals, "apparmor")
	c.Check(res.Snap, check.Equals, name)
	return res
}

func (s *backendSuite) TestFirstSetup(c *check.C) {
	requireParser(c)
	s.addApp(c, "app")
	res := s.setup(c, "app", "")
	c.Check(res.Written, check.DeepEquals, s.paths(appTags...))
	c.Check(res.Removed, check.HasLen, 0)
	c.Check(res.Compiled, check.Equals, 4)
	c.Check(res.CompileTime > 0, check.Equals, true)
	c.Check(res.Note, check.Equals, backend.NotLoaded)
	c.Check(s.cached(c), check.DeepEquals, appTags)
	for _, p := range s.profiles(c, "app", "7") {
		data, err := os.ReadFile(s.path(p.Tag))
		c.Assert(err, check.IsNil)
		c.Check(p.Text.Equal(data), check.Equals, true, check.Commentf(p.Tag))
		fi, err := os.Stat(s.path(p.Tag))
		c.Assert(err, check.IsNil)
		c.Check(fi.Mode().Perm(), check.Equals, os.FileMode(0644))
	}
	// No staging directory is left.
	entries, err := os.ReadDir(filepath.Join(s.root, backend.ProfilesDir))
	c.Assert(err, check.IsNil)
	c.Check(entries, check.HasLen, 4)
}

func (s *backendSuite) TestNoOpSetup(c *check.C) {
	requireParser(c)
	s.addApp(c, "app")
	s.setup(c, "app", "")
	before := s.snapshot(c)
	time.Sleep(10 * time.Millisecond)
	res := s.setup(c, "app", "")
	c.Check(res.Changed(), check.Equals, false)
	c.Check(res.Compiled, check.Equals, 0)
	c.Check(res.Note, check.Equals, "")
	c.Check(s.snapshot(c), check.DeepEquals, before)

	// A daemon that starts again gives the revision.
	s.backend = s.newBackend(backend.Config{Host: apparmor.Host{Revision: "1"}})
	res = s.setup(c, "app", "7")
	c.Check(res.Changed(), check.Equals, false)
	c.Check(s.snapshot(c), check.DeepEquals, before)
}

func (s *backendSuite) TestRevisions(c *check.C) {
	requireParser(c)
	s.addApp(c, "app")
	s.backend = s.newBackend(backend.Config{Host: apparmor.Host{Revision: "x1"}})
	// The host's revision, then the given one, which is kept.
	s.setup(c, "app", "")
	data, err := os.ReadFile(s.path("snap.app.one"))
	c.Assert(err, check.IsNil)
	c.Check(string(data), testutil.Contains, `@{SNAP_REVISION}="x1"`)
	c.Check(s.setup(c, "app", "42").Written, check.HasLen, 4)
	s.rules = "/etc/hostname r,\n"
	c.Check(s.setup(c, "app", "").Written, check.DeepEquals, s.paths("snap.app.one", "snap.app.two"))
	data, err = os.ReadFile(s.path("snap.app.one"))
	c.Assert(err, check.IsNil)
	c.Check(string(data), testutil.Contains, `@{SNAP_REVISION}="42"`)

	// Without a revision, none given: an error.
	s.backend = backend.New(backend.Config{Root: s.root})
	_, err = s.backend.Setup(context.Background(), s.repo, "app", interfaces.SetupOptions{})
	c.Check(err, check.ErrorMatches, `cannot set up AppArmor profiles of snap "app": no revision given, and none known`)
	_, err = s.backend.Setup(context.Background(), s.repo, "app", interfaces.SetupOptions{Revision: "0"})
	c.Check(err, check.ErrorMatches, `cannot set up AppArmor profiles of snap "app": cannot render AppArmor profiles of snap "app": invalid revision "0": .*`)
}

func (s *backendSuite) TestSnapLosesAnApp(c *check.C) {
	requireParser(c)
	s.addApp(c, "app")
	s.setup(c, "app", "")
	s.dropAppThree(c)
	res := s.setup(c, "app", "")
	c.Check(res.Removed, check.DeepEquals, s.paths("snap.app.three"))
	c.Check(res.Written, check.HasLen, 0)
	c.Check(s.cached(c), check.DeepEquals, []string{"snap.app.hook.configure", "snap.app.one", "snap.app.two"})
}

func (s *backendSuite) TestFailingCompileKeepsOldFiles(c *check.C) {
	requireParser(c)
	s.addApp(c, "app")
	s.setup(c, "app", "")
	before := s.snapshot(c)

	s.rules = "/etc/hosts r,\ncapability frob,\n"
	res, err := s.backend.Setup(context.Background(), s.repo, "app", interfaces.SetupOptions{})
	c.Check(err, check.ErrorMatches, `cannot set up AppArmor profiles of snap "app": `+
		`snap.app.one: line [0-9]+ \(interface "extra"\): .*frob.*\n`+
		`snap.app.two: line [0-9]+ \(interface "extra"\): .*frob.*`)
	var perr *aaparser.ParseError
	c.Check(errors.As(err, &perr), check.Equals, true)
	c.Check(res.Written, check.HasLen, 0)
	c.Check(s.snapshot(c), check.DeepEquals, before)
	entries, err := os.ReadDir(filepath.Join(s.root, backend.ProfilesDir))
	c.Assert(err, check.IsNil)
	c.Check(entries, check.HasLen, 4)
}

func (s *backendSuite) TestParserBoundedByContext(c *check.C) {
	s.addApp(c, "app")
	parser := filepath.Join(c.MkDir(), "apparmor_parser")
	c.Assert(os.WriteFile(parser, []byte("#!/bin/sh\nexec sleep 600\n"), 0755), check.IsNil)
	s.backend = s.newBackend(backend.Config{Parser: parser})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err := s.backend.Setup(ctx, s.repo, "app", interfaces.SetupOptions{})
	c.Check(err, check.ErrorMatches, `cannot set up AppArmor profiles of snap "app": cannot compile AppArmor profiles "snap.app.hook.configure", "snap.app.one", "snap.app.three", "snap.app.two": apparmor_parser did not finish: context deadline exceeded`)
	c.Check(errors.Is(err, context.DeadlineExceeded), check.Equals, true)
	c.Check(s.snapshot(c), check.HasLen, 0)
}

func (s *backendSuite) TestRemove(c *check.C) {
	requireParser(c)
	s.addApp(c, "app")
	s.addApp(c, "other")
	s.setup(c, "app", "")
	s.setup(c, "other", "")
	res, err := s.backend.Remove(context.Background(), "app")
	c.Assert(err, check.IsNil)
	c.Check(res.Removed, check.DeepEquals, s.paths(appTags...))
	c.Check(s.cached(c), check.DeepEquals, []string{"snap.other.hook.configure", "snap.other.one", "snap.other.three", "snap.other.two"})
	res, err = s.backend.Remove(context.Background(), "app")
	c.Assert(err, check.IsNil)
	c.Check(res.Changed(), check.Equals, false)

	// After a restart, a staging directory left behind goes too.
	stage := filepath.Join(s.root, backend.ProfilesDir, ".snap.other.staging-123")
	c.Assert(os.MkdirAll(stage, 0755), check.IsNil)
	c.Assert(os.WriteFile(filepath.Join(stage, "snap.other.one"), nil, 0644), check.IsNil)
	s.backend = s.newBackend(backend.Config{})
	res, err = s.backend.Remove(context.Background(), "other")
	c.Assert(err, check.IsNil)
	c.Check(res.Removed, check.HasLen, 5)
	c.Check(s.snapshot(c), check.HasLen, 1) // the cache's .features
}

// TestConcurrentSetups sets up two snaps at the same time, each twice
// (run with -race).
func (s *backendSuite) TestConcurrentSetups(c *check.C) {
	requireParser(c)
	names := []string{"app", "other"}
	for _, name := range names {
		s.addApp(c, name)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	written := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			res, err := s.backend.Setup(context.Background(), s.repo, name, interfaces.SetupOptions{})
			c.Check(err, check.IsNil)
			mu.Lock()
			written += len(res.Written)
			mu.Unlock()
		}(names[i%2])
	}
	wg.Wait()
	c.Check(written, check.Equals, 8)
	c.Check(s.cached(c), check.HasLen, 8)
	for _, name := range names {
		for _, p := range s.profiles(c, name, "7") {
			data, err := os.ReadFile(s.path(p.Tag))
			c.Assert(err, check.IsNil)
			c.Check(p.Text.Equal(data), check.Equals, true)
		}
	}
}

func (s *backendSuite) TestSkipParser(c *check.C) {
	s.addApp(c, "app")
	s.backend = s.newBackend(backend.Config{SkipParser: true, Parser: "/nonexistent"})
	res := s.setup(c, "app", "")
	c.Check(res.Written, check.HasLen, 4)
	c.Check(res.Compiled, check.Equals, 0)
	c.Check(res.Note, check.Equals, "not compiled: apparmor_parser skipped")
	c.Check(s.cached(c), check.HasLen, 0)
}

func (s *backendSuite) TestSetupErrors(c *check.C) {
	s.addApp(c, "app")
	c.Assert(os.WriteFile(filepath.Join(s.root, "file"), nil, 0644), check.IsNil)
	for _, t := range []struct {
		cfg         backend.Config
		snap        string
		errorRegexp string
	}{
		{backend.Config{}, "nope", `cannot set up AppArmor profiles of snap "nope": no such snap`},
		{backend.Config{Root: filepath.Join(s.root, "file")}, "app", `cannot set up AppArmor profiles of snap "app": mkdir .*/file: not a directory`},
		{backend.Config{Features: "/nonexistent"}, "app", `cannot set up AppArmor profiles of snap "app": cannot compile AppArmor profiles: no AppArmor in this kernel, and no feature set to compile against: stat /nonexistent: no such file or directory`},
		{backend.Config{Parser: "/nonexistent"}, "app", `cannot set up AppArmor profiles of snap "app": cannot check AppArmor profiles: fork/exec /nonexistent: no such file or directory`},
	} {
		if t.cfg.Root == "" {
			t.cfg.Root = c.MkDir()
		}
		t.cfg.Host.Revision = "1"
		_, err := backend.New(t.cfg).Setup(context.Background(), s.repo, t.snap, interfaces.SetupOptions{})
		c.Check(err, check.ErrorMatches, t.errorRegexp)
	}
}

// fakeKernel gives the root a kernel with AppArmor, and the backend a
// parser that logs its arguments and fails when asked to load while
// the file fail exists.
func (s *backendSuite) fakeKernel(c *check.C) (log, fail string) {
	kernel := filepath.Join(s.root, backend.KernelDir)
	c.Assert(os.MkdirAll(kernel, 0755), check.IsNil)
	c.Assert(os.WriteFile(filepath.Join(kernel, ".remove"), nil, 0644), check.IsNil)
	dir := c.MkDir()
	log, fail = filepath.Join(dir, "log"), filepath.Join(dir, "fail")
	parser := filepath.Join(dir, "apparmor_parser")
	script := fmt.Sprintf(`#!/bin/sh
echo "$*" >> %[1]s
case "$*" in *--replace*) if [ -e %[2]s ]; then echo "kernel says no" >&2; exit 1; fi;; esac
exit 0
`, log, fail)
	c.Assert(os.WriteFile(parser, []byte(script), 0755), check.IsNil)
	s.backend = s.newBackend(backend.Config{Parser: parser})
	return log, fail
}

// runs returns the parser runs logged since the last call, with the
// root and staging directory's name replaced.
func (s *backendSuite) runs(c *check.C, log string) []string {
	data, err := os.ReadFile(log)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	c.Assert(err, check.IsNil)
	c.Assert(os.Remove(log), check.IsNil)
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		line = strings.ReplaceAll(line, s.root, "ROOT")
		out = append(out, stagingRe.ReplaceAllString(line, ".snap.$1.staging-N"))
	}
	return out
}

func (s *backendSuite) TestLoadIntoKernel(c *check.C) {
	log, _ := s.fakeKernel(c)
	s.addApp(c, "app")
	res := s.setup(c, "app", "")
	c.Check(res.Note, check.Equals, "loaded 4 profiles")
	prof := "ROOT/var/lib/snapd/apparmor/profiles/"
	stage := prof + ".snap.app.staging-N/"
	c.Check(s.runs(c, log), check.DeepEquals, []string{
		// Compiled in the staging directory, into the cache, with the
		// kernel's features; then loaded, from the cache.
		"--write-cache --cache-loc ROOT/var/cache/apparmor --skip-kernel-load --skip-read-cache " +
			stage + "snap.app.hook.configure " + stage + "snap.app.one " + stage + "snap.app.three " + stage + "snap.app.two",
		"--write-cache --cache-loc ROOT/var/cache/apparmor --replace " +
			prof + "snap.app.hook.configure " + prof + "snap.app.one " + prof + "snap.app.three " + prof + "snap.app.two",
	})
	s.rules = "/etc/hostname r,\n"
	res = s.setup(c, "app", "")
	c.Check(res.Note, check.Equals, "loaded 2 profiles")
	c.Check(s.runs(c, log), check.HasLen, 2)

	// A profile gone is unloaded: its name is written to .remove.
	s.dropAppThree(c)
	res = s.setup(c, "app", "")
	c.Check(res.Removed, check.DeepEquals, s.paths("snap.app.three"))
	c.Check(s.runs(c, log), check.HasLen, 0)
	removed, err := os.ReadFile(filepath.Join(s.root, backend.KernelDir, ".remove"))
	c.Assert(err, check.IsNil)
	c.Check(string(removed), check.Equals, "snap.app.three")
}

func (s *backendSuite) TestLoadFailurePutsOldFilesBack(c *check.C) {
	log, fail := s.fakeKernel(c)
	s.addApp(c, "app")
	s.setup(c, "app", "")
	before := s.snapshot(c)
	s.runs(c, log)

	c.Assert(os.WriteFile(fail, nil, 0644), check.IsNil)
	s.rules = "/etc/hostname r,\n"
	res, err := s.backend.Setup(context.Background(), s.repo, "app", interfaces.SetupOptions{})
	c.Check(err, check.ErrorMatches, `cannot set up AppArmor profiles of snap "app": .*kernel says no`)
	c.Check(res.Written, check.HasLen, 0)
	c.Check(s.snapshot(c), check.DeepEquals, before)

	// Loaded once the kernel takes them.
	c.Assert(os.Remove(fail), check.IsNil)
	c.Check(s.setup(c, "app", "").Written, check.DeepEquals, s.paths("snap.app.one", "snap.app.two"))

	// A profile that is new is removed when it cannot be loaded.
	c.Assert(os.WriteFile(fail, nil, 0644), check.IsNil)
	s.addApp(c, "other")
	_, err = s.backend.Setup(context.Background(), s.repo, "other", interfaces.SetupOptions{})
	c.Check(err, check.NotNil)
	_, err = os.Stat(s.path("snap.other.one"))
	c.Check(errors.Is(err, os.ErrNotExist), check.Equals, true)
	c.Assert(os.Remove(fail), check.IsNil)
	c.Check(s.setup(c, "other", "").Written, check.HasLen, 4)
}

// TestChangesSeenWithoutReading checks that profiles the backend
// knows, and does not read again, are still checked: one changed in
// place, even to another text of the same size, or removed, is written
// again.
func (s *backendSuite) TestChangesSeenWithoutReading(c *check.C) {
	s.addApp(c, "app")
	s.backend = s.newBackend(backend.Config{SkipParser: true})
	s.setup(c, "app", "")
	time.Sleep(fsutil.RacyWindow + 50*time.Millisecond)
	c.Check(s.setup(c, "app", "").Changed(), check.Equals, false)
	c.Check(s.setup(c, "app", "").Changed(), check.Equals, false)

	data, err := os.ReadFile(s.path("snap.app.one"))
	c.Assert(err, check.IsNil)
	changed := strings.Replace(string(data), "/etc/hosts r,", "/etc/hosts w,", 1)
	c.Assert(changed, check.Not(check.Equals), string(data))
	c.Assert(os.WriteFile(s.path("snap.app.one"), []byte(changed), 0644), check.IsNil)
	c.Assert(os.Remove(s.path("snap.app.two")), check.IsNil)
	res := s.setup(c, "app", "")
	c.Check(res.Written, check.DeepEquals, s.paths("snap.app.one", "snap.app.two"))
	again, err := os.ReadFile(s.path("snap.app.one"))
	c.Assert(err, check.IsNil)
	c.Check(string(again), check.Equals, string(data))
}
