// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package backend keeps the AppArmor profiles of snaps on disk and in
// the kernel in line with a repository: one profile per security tag,
// named after it, in ProfilesDir under a root directory, compiled by
// apparmor_parser into CacheDir and loaded when the kernel has
// AppArmor. It runs apparmor_parser (through package aaparser), so it is
// a package of its own: the rendering in package apparmor stays pure.
//
// As the seccomp backend does, it remembers the stamp (fsutil.Stamp)
// and text of each profile it wrote or read, so that a Setup that
// changes nothing reads nothing back.
package backend

import (
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aaparser"
	"github.com/snapiface/snapiface/internal/fsutil"
)

// Where the backend keeps its files, and where the kernel's AppArmor
// interface is, under the backend's root: where snapd keeps them.
const (
	ProfilesDir = "/var/lib/snapd/apparmor/profiles"
	CacheDir    = "/var/cache/apparmor"
	KernelDir   = "/sys/kernel/security/apparmor"
)

// NotLoaded is the Note of a Setup that compiled profiles on a system
// whose kernel has no AppArmor: not an error, as such a system has no
// AppArmor confinement to give.
const NotLoaded = "not loaded: no AppArmor in this kernel"

// Config is what the backend is made with.
type Config struct {
	// Root is the root directory of the system set up: "" or "/" for
	// the real one, a temporary directory in tests, an image's.
	Root string
	// Host is what profiles are rendered for; its Revision is the
	// revision of snaps whose Setup gives none and that the backend
	// has not set up before.
	Host apparmor.Host
	// Parser is the apparmor_parser to run; "" finds it.
	Parser string
	// Features is the feature set profiles are compiled against when
	// the kernel has no AppArmor: aaparser.FeaturesFile when empty.
	// With AppArmor in the kernel, its own are used.
	Features string
	// SkipParser writes profiles without compiling or loading them:
	// for an image whose kernel and parser are not this host's, and to
	// measure the rest. Setup's Note then says so.
	SkipParser bool
}

// Backend sets up the AppArmor confinement of snaps: it implements
// interfaces.SecurityBackend. It is safe for concurrent use: Setups of
// different snaps run in parallel, and those of one snap in turn. The
// backend owns its profile directory: it learns which files are there
// once, when first used, and keeps track of what it writes and removes.
type Backend struct {
	cfg                              Config
	profilesDir, cacheDir, kernelDir string

	mu sync.Mutex
	// snapLocks serialise the Setups and Removes of each snap.
	snapLocks map[string]*sync.Mutex
	// files holds the names of each snap's files in the profile
	// directory, once listed.
	files map[string]map[string]bool
	// revisions holds the revision of each snap's last Setup.
	revisions map[string]string
	// memos holds what the backend last wrote or read of each profile.
	memos map[string]memo
	seed  maphash.Seed
}

// New returns a backend. A relative Root is taken from the working
// directory now.
func New(cfg Config) *Backend {
	if abs, err := filepath.Abs(cfg.Root); err == nil && cfg.Root != "" {
		cfg.Root = abs
	}
	return &Backend{
		cfg:         cfg,
		profilesDir: filepath.Join(cfg.Root, ProfilesDir),
		cacheDir:    filepath.Join(cfg.Root, CacheDir),
		kernelDir:   filepath.Join(cfg.Root, KernelDir),
		snapLocks:   make(map[string]*sync.Mutex),
		revisions:   make(map[string]string),
		memos:       make(map[string]memo),
		seed:        maphash.MakeSeed(),
	}
}

var _ interfaces.SecurityBackend = (*Backend)(nil)

// Name returns "apparmor".
func (b *Backend) Name() string { return "apparmor" }

// ProfilesDir returns the directory the backend keeps profiles in.
func (b *Backend) ProfilesDir() string { return b.profilesDir }

// CacheDir returns the directory apparmor_parser keeps compiled
// profiles in.
func (b *Backend) CacheDir() string { return b.cacheDir }

// kernel says whether the kernel has AppArmor.
func (b *Backend) kernel() bool {
	fi, err := os.Stat(b.kernelDir)
	return err == nil && fi.IsDir()
}

// change is a profile to write.
type change struct {
	profile *apparmor.Profile
	// staged is where it is written first, under its own name.
	staged string
	// old is a link to the file it replaces, kept until the new one
	// is loaded, or "" when there was none.
	old string
	// sum is the hash of the profile's text.
	sum uint64
}

// memo is what the backend knows of one of its profiles.
type memo struct {
	// stamp is the file's when the backend last wrote or read it.
	stamp fsutil.Stamp
	// sum is the hash (maphash, with the backend's seed) of its text.
	sum uint64
}

func (b *Backend) memo(name string) memo {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.memos[name]
}

// remember records a memo of a profile, when its stamp is settled (see
// fsutil.Stamp.Settled); a file that changed too recently for that is
// read again next time.
func (b *Backend) remember(name string, m memo) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if m.stamp.Settled(time.Now()) {
		b.memos[name] = m
	} else {
		delete(b.memos, name)
	}
}

func (b *Backend) forgetMemo(name string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.memos, name)
}

// Setup renders the AppArmor profile of each app and hook of the snap
// and brings its files in line: the profiles whose file differs are
// written to a staging directory, compiled there into the cache by one
// apparmor_parser run, and only then renamed into place, and loaded
// into the kernel by one more run, which finds them in the cache; the
// profiles of tags the snap no longer has are removed, with their cache
// entries, and unloaded. A profile that does not compile leaves every
// file of the snap as it was, and the error names its tag, line and
// interface; one that the kernel then refuses to load has the previous
// files put back. Without AppArmor in the kernel the profiles are only
// compiled, and the Note says NotLoaded.
//
// The revision profiles are rendered for is opts.Revision, or the one
// of the snap's last Setup, or the Host's.
func (b *Backend) Setup(ctx context.Context, repo *interfaces.Repository, snapName string, opts interfaces.SetupOptions) (*interfaces.SetupResult, error) {
	info := repo.Snap(snapName)
	if info == nil {
		return nil, fmt.Errorf("cannot set up AppArmor profiles of snap %q: no such snap", snapName)
	}
	host := b.cfg.Host
	host.Revision = b.revision(snapName, opts.Revision)
	if host.Revision == "" {
		return nil, fmt.Errorf("cannot set up AppArmor profiles of snap %q: no revision given, and none known", snapName)
	}
	spec := &apparmor.Specification{}
	if err := repo.SnapSpecification(spec, snapName); err != nil {
		return nil, fmt.Errorf("cannot set up AppArmor profiles of snap %q: %w", snapName, err)
	}
	profiles, err := apparmor.RenderSnapProfiles(info, spec, host)
	if err != nil {
		return nil, fmt.Errorf("cannot set up AppArmor profiles of snap %q: %w", snapName, err)
	}

	defer b.lockSnap(snapName)()
	if err := b.listFiles(); err != nil {
		return nil, fmt.Errorf("cannot set up AppArmor profiles of snap %q: %w", snapName, err)
	}
	res := &interfaces.SetupResult{Backend: b.Name(), Snap: snapName}
	var changes []*change
	for _, p := range profiles {
		// A profile whose file has the stamp and the text the backend
		// last wrote or read is not read again.
		buf := fsutil.GetBuffer(p.Text.Len())
		sum := maphash.Bytes(b.seed, p.Text.AppendTo(*buf))
		fsutil.PutBuffer(buf)
		if m := b.memo(p.Tag); m.stamp != (fsutil.Stamp{}) && m.sum == sum && fsutil.StatStamp(b.path(p.Tag)) == m.stamp {
			continue
		}
		old, stamp, err := fsutil.ReadUpToStamped(b.path(p.Tag), p.Text.Len())
		if err == nil && p.Text.Equal(old) {
			b.remember(p.Tag, memo{stamp: stamp, sum: sum})
			continue
		}
		changes = append(changes, &change{profile: p, sum: sum})
	}
	if len(changes) > 0 {
		if err := b.apply(ctx, snapName, changes, res); err != nil {
			return res, fmt.Errorf("cannot set up AppArmor profiles of snap %q: %w", snapName, err)
		}
	}
	keep := make(map[string]bool, len(profiles))
	for _, p := range profiles {
		keep[p.Tag] = true
	}
	removed, err := b.removeFiles(snapName, keep)
	res.Removed = removed
	if err == nil && len(removed) > 0 {
		err = fsutil.SyncDir(b.profilesDir)
	}
	if err != nil {
		return res, fmt.Errorf("cannot set up AppArmor profiles of snap %q: %w", snapName, err)
	}
	b.mu.Lock()
	b.revisions[snapName] = host.Revision
	b.mu.Unlock()
	return res, nil
}

// Remove unloads every profile of the snap and removes its files and
// cache entries.
func (b *Backend) Remove(ctx context.Context, snapName string) (*interfaces.SetupResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("cannot remove AppArmor profiles of snap %q: %w", snapName, err)
	}
	defer b.lockSnap(snapName)()
	if err := b.listFiles(); err != nil {
		return nil, fmt.Errorf("cannot remove AppArmor profiles of snap %q: %w", snapName, err)
	}
	res := &interfaces.SetupResult{Backend: b.Name(), Snap: snapName}
	removed, err := b.removeFiles(snapName, nil)
	res.Removed = removed
	if err == nil && len(removed) > 0 {
		err = fsutil.SyncDir(b.profilesDir)
	}
	if err != nil {
		return res, fmt.Errorf("cannot remove AppArmor profiles of snap %q: %w", snapName, err)
	}
	b.mu.Lock()
	delete(b.revisions, snapName)
	b.mu.Unlock()
	return res, nil
}

// revision returns the revision to render a snap's profiles for.
func (b *Backend) revision(snapName, given string) string {
	if given != "" {
		return given
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if rev := b.revisions[snapName]; rev != "" {
		return rev
	}
	return b.cfg.Host.Revision
}

// apply writes, compiles, puts in place and loads the changed profiles
// of a snap, recording what it did in res.
func (b *Backend) apply(ctx context.Context, snapName string, changes []*change, res *interfaces.SetupResult) error {
	stage, err := os.MkdirTemp(b.profilesDir, ".snap."+snapName+".staging-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(stage)
	files := make([]aaparser.File, len(changes))
	for i, ch := range changes {
		ch.staged = filepath.Join(stage, ch.profile.Tag)
		if err := fsutil.WriteNew(ch.staged, ch.profile.Text.AppendTo(nil), 0644); err != nil {
			return fmt.Errorf("cannot write AppArmor profile %q: %w", ch.profile.Tag, err)
		}
		files[i] = aaparser.File{Path: ch.staged, Profile: ch.profile}
	}
	kernel := b.kernel()
	if !b.cfg.SkipParser {
		opts, err := b.cacheOptions(kernel)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(b.cacheDir, 0755); err != nil {
			return err
		}
		res.Compiled = len(changes)
		start := time.Now()
		err = aaparser.Compile(ctx, opts, files...)
		res.CompileTime = time.Since(start)
		if err != nil {
			return err
		}
	}
	// Keep the files replaced until the new ones are loaded.
	if kernel && !b.cfg.SkipParser {
		for _, ch := range changes {
			old := filepath.Join(stage, "old."+ch.profile.Tag)
			if err := os.Link(b.path(ch.profile.Tag), old); err == nil {
				ch.old = old
			} else if !errors.Is(err, os.ErrNotExist) {
				return err
			}
		}
	}
	for i, ch := range changes {
		path := b.path(ch.profile.Tag)
		if err := os.Rename(ch.staged, path); err != nil {
			return fmt.Errorf("cannot replace %s: %w", path, err)
		}
		b.addFile(snapName, ch.profile.Tag)
		b.remember(ch.profile.Tag, memo{stamp: fsutil.StatStamp(path), sum: ch.sum})
		res.Written = append(res.Written, path)
		files[i].Path = path
	}
	sort.Strings(res.Written)
	if err := fsutil.SyncDir(b.profilesDir); err != nil {
		return err
	}
	switch {
	case b.cfg.SkipParser:
		res.Note = "not compiled: apparmor_parser skipped"
	case !kernel:
		res.Note = NotLoaded
	default:
		opts, err := b.cacheOptions(kernel)
		if err == nil {
			opts.Load = true
			err = aaparser.Compile(ctx, opts, files...)
		}
		if err != nil {
			if restoreErr := b.restore(snapName, changes); restoreErr != nil {
				return fmt.Errorf("%w (and cannot put the previous profiles back: %v)", err, restoreErr)
			}
			res.Written = nil
			return err
		}
		res.Note = fmt.Sprintf("loaded %d profiles", len(changes))
		if len(changes) == 1 {
			res.Note = "loaded 1 profile"
		}
	}
	return nil
}

// cacheOptions returns how apparmor_parser compiles, for a kernel with
// or without AppArmor.
func (b *Backend) cacheOptions(kernel bool) (aaparser.CacheOptions, error) {
	opts := aaparser.CacheOptions{Parser: b.cfg.Parser, CacheDir: b.cacheDir}
	if !kernel {
		opts.Features = b.cfg.Features
		if opts.Features == "" {
			opts.Features = aaparser.FeaturesFile
		}
		if _, err := os.Stat(opts.Features); err != nil {
			return opts, fmt.Errorf("cannot compile AppArmor profiles: no AppArmor in this kernel, and no feature set to compile against: %w", err)
		}
	}
	return opts, nil
}

// restore puts back the files that changes replaced, and removes those
// that replaced none.
func (b *Backend) restore(snapName string, changes []*change) error {
	for _, ch := range changes {
		path := b.path(ch.profile.Tag)
		b.forgetMemo(ch.profile.Tag)
		var err error
		if ch.old != "" {
			err = os.Rename(ch.old, path)
		} else {
			err = os.Remove(path)
			b.mu.Lock()
			delete(b.files[snapName], ch.profile.Tag)
			b.mu.Unlock()
		}
		if err != nil {
			return err
		}
	}
	return fsutil.SyncDir(b.profilesDir)
}

func (b *Backend) path(name string) string { return filepath.Join(b.profilesDir, name) }

// lockSnap locks the snap's Setups and Removes and returns the unlock.
func (b *Backend) lockSnap(snapName string) func() {
	b.mu.Lock()
	l := b.snapLocks[snapName]
	if l == nil {
		l = &sync.Mutex{}
		b.snapLocks[snapName] = l
	}
	b.mu.Unlock()
	l.Lock()
	return l.Unlock
}

// listFiles creates the profile directory and lists it, the first time.
func (b *Backend) listFiles() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.files != nil {
		return nil
	}
	if err := os.MkdirAll(b.profilesDir, 0755); err != nil {
		return err
	}
	entries, err := os.ReadDir(b.profilesDir)
	if err != nil {
		return err
	}
	b.files = make(map[string]map[string]bool)
	for _, e := range entries {
		if snapName := snapOfFile(e.Name()); snapName != "" {
			if b.files[snapName] == nil {
				b.files[snapName] = make(map[string]bool)
			}
			b.files[snapName][e.Name()] = true
		}
	}
	return nil
}

// snapOfFile returns the snap a file of the profile directory belongs
// to: snap.NAME.* for its profiles, .snap.NAME.* for a staging
// directory left behind when the system stopped; "" for another file.
func snapOfFile(name string) string {
	rest, ok := strings.CutPrefix(strings.TrimPrefix(name, "."), "snap.")
	if !ok {
		return ""
	}
	snapName, _, ok := strings.Cut(rest, ".")
	if !ok {
		return ""
	}
	return snapName
}

// addFile records a profile of a snap.
func (b *Backend) addFile(snapName, name string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.files[snapName] == nil {
		b.files[snapName] = make(map[string]bool)
	}
	b.files[snapName][name] = true
}

// removeFiles unloads and removes the snap's profiles that keep does
// not name, with their cache entries, and whatever a stopped Setup left
// behind; it returns the paths removed from the profile directory,
// sorted.
func (b *Backend) removeFiles(snapName string, keep map[string]bool) ([]string, error) {
	b.mu.Lock()
	var stale []string
	for name := range b.files[snapName] {
		if !keep[name] {
			stale = append(stale, name)
		}
	}
	b.mu.Unlock()
	sort.Strings(stale)
	kernel := b.kernel()
	var removed []string
	for _, name := range stale {
		path := b.path(name)
		if !strings.HasPrefix(name, ".") {
			if kernel {
				if err := b.unload(name); err != nil {
					return removed, err
				}
			}
			cached, _ := filepath.Glob(filepath.Join(b.cacheDir, "*", name))
			for _, entry := range cached {
				if err := os.Remove(entry); err != nil && !errors.Is(err, os.ErrNotExist) {
					return removed, fmt.Errorf("cannot remove %s: %w", entry, err)
				}
			}
		}
		if err := os.RemoveAll(path); err != nil {
			return removed, fmt.Errorf("cannot remove %s: %w", path, err)
		}
		b.mu.Lock()
		delete(b.files[snapName], name)
		delete(b.memos, name)
		b.mu.Unlock()
		removed = append(removed, path)
	}
	return removed, nil
}

// unload removes a profile from the kernel, by writing its name to the
// kernel's .remove file; a profile the kernel does not have is not an
// error.
func (b *Backend) unload(profileName string) error {
	f, err := os.OpenFile(filepath.Join(b.kernelDir, ".remove"), os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("cannot unload AppArmor profile %q: %w", profileName, err)
	}
	defer f.Close()
	if _, err := f.Write([]byte(profileName)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("cannot unload AppArmor profile %q: %w", profileName, err)
	}
	return nil
}
