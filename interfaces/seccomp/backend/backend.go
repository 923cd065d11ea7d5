// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package backend keeps the seccomp policies and compiled filters of
// snaps on disk in line with a repository: one policy (TAG.src) and one
// filter (TAG.bin, see loader.File) per security tag, in Dir under a
// root directory. It compiles with libseccomp (cgo, through package
// compiler), so it is a package of its own.
//
// Compiles are what cost (about 20 ms a policy), so they are cut three
// ways. A policy is compiled only when the filter beside it was not
// compiled from the same source: the filter file carries the SHA-256
// sum of its source (SourceKey), so a daemon that starts again
// compiles nothing that did not change. Policies with the same rules
// (the apps of a snap, snaps with the same plugs) share one compile:
// filters are kept in memory by source for as long as a tag on disk has
// them, and a compile that is under way is waited for, not started
// again. And compiles run in parallel, up to GOMAXPROCS at a time
// across every Setup of the backend.
//
// Reading the files back is the cost of a Setup that changes nothing:
// the backend remembers, of each file it wrote or read, its stamp
// (device, inode, size, change time: see fsutil.Stamp) and the hash of
// the text it holds, and a file whose stamp is unchanged and whose text
// would be the same is not read again. A file changed by anyone else
// has another stamp, and is read.
package backend

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/interfaces/seccomp/compiler"
	"github.com/snapiface/snapiface/interfaces/seccomp/loader"
	"github.com/snapiface/snapiface/internal/fsutil"
)

// Dir is where the backend keeps policies and filters, under its root:
// where snapd keeps them.
const Dir = "/var/lib/snapd/seccomp/bpf"

// The suffixes of a tag's files.
const (
	srcSuffix = ".src"
	binSuffix = ".bin"
)

// Backend sets up the seccomp confinement of snaps: it implements
// interfaces.SecurityBackend. It is safe for concurrent use: Setups of
// different snaps run in parallel, and those of one snap in turn. The
// backend owns its directory: it learns which files are there once,
// when first used, and keeps track of what it writes and removes.
type Backend struct {
	dir string
	// compiling holds a token for each compile under way.
	compiling chan struct{}

	idOnce sync.Once
	id     string
	idErr  error

	mu sync.Mutex
	// snapLocks serialise the Setups and Removes of each snap.
	snapLocks map[string]*sync.Mutex
	// files holds the names of each snap's files in dir, once listed.
	files map[string]map[string]bool
	// tags holds the source key of the filter on disk of each tag the
	// backend has written or checked.
	tags map[string]string
	// known holds the compiled filters of those tags by source key,
	// for other tags with the same source.
	known map[string]*knownFilter
	// compiles holds the compiles under way by source key, for Setups
	// that need the same one to wait for.
	compiles map[string]*compileCall
	// memos holds what the backend last wrote or read of each file.
	memos map[string]memo
	seed  maphash.Seed
}

// knownFilter is the compiled filter of tags on disk.
type knownFilter struct {
	programs [][]byte
	// refs counts the tags whose filter on disk this is.
	refs int
}

// compileCall is a compile under way.
type compileCall struct {
	// done is closed once programs or err are set.
	done     chan struct{}
	programs [][]byte
	err      error
}

// New returns a backend that keeps its files in root+Dir; root "" or
// "/" is the real system, and a relative root is taken from the working
// directory now.
func New(root string) *Backend {
	if abs, err := filepath.Abs(root); err == nil && root != "" {
		root = abs
	}
	return &Backend{
		dir:       filepath.Join(root, Dir),
		compiling: make(chan struct{}, runtime.GOMAXPROCS(0)),
		snapLocks: make(map[string]*sync.Mutex),
		tags:      make(map[string]string),
		known:     make(map[string]*knownFilter),
		compiles:  make(map[string]*compileCall),
		memos:     make(map[string]memo),
		seed:      maphash.MakeSeed(),
	}
}

var _ interfaces.SecurityBackend = (*Backend)(nil)

// Name returns "seccomp".
func (b *Backend) Name() string { return "seccomp" }

// Dir returns the directory the backend keeps its files in.
func (b *Backend) Dir() string { return b.dir }

// SourceKey returns the key a policy is compiled under: "sha256:" and
// the SHA-256 sum of the policy as the compiler reads it, that is
// without its comments but with every line kept. Policies that differ
// only in comments (the tag named in the first line, the interface
// named above each snippet) share a compile, and a line number in a
// compile error is right for each of them.
func SourceKey(text []byte) string {
	stripped := make([]byte, 0, len(text))
	for rest := text; len(rest) > 0; {
		line := rest
		if i := indexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i+1], rest[i+1:]
		} else {
			rest = nil
		}
		if i := indexByte(line, '#'); i >= 0 {
			stripped = append(stripped, line[:i]...)
			if line[len(line)-1] == '\n' {
				stripped = append(stripped, '\n')
			}
			continue
		}
		stripped = append(stripped, line...)
	}
	sum := sha256.Sum256(stripped)
	return "sha256:" + hex.EncodeToString(sum[:])
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// plan is what Setup does for one tag.
type plan struct {
	policy *seccomp.Policy
	src    []byte
	key    string
	// sum is the hash of the text, for the memos.
	sum uint64
	// writeSrc and writeBin say which files differ from what they
	// must be.
	writeSrc, writeBin bool
	// programs is the compiled filter.
	programs [][]byte
	// tmpSrc and tmpBin are the written files, not yet renamed.
	tmpSrc, tmpBin string
	// binDone says that the new filter is in place.
	binDone bool
}

func (p *plan) tag() string { return p.policy.Tag }

// Setup renders the seccomp policy of each app and hook of the snap and
// brings its files in line: a policy whose file differs is written, a
// filter whose file was not compiled from the policy's source is
// compiled (or taken from another tag with the same source) and
// written, and the files of tags the snap no longer has are removed.
// Every new file is written in full and flushed before the first is
// renamed into place, so that a failure (a compile error, a full disk,
// ctx ending) leaves the snap's previous files as they were; the error
// names the tags. opts is not used: seccomp policies do not depend on
// the revision.
func (b *Backend) Setup(ctx context.Context, repo *interfaces.Repository, snapName string, opts interfaces.SetupOptions) (*interfaces.SetupResult, error) {
	info := repo.Snap(snapName)
	if info == nil {
		return nil, fmt.Errorf("cannot set up seccomp filters of snap %q: no such snap", snapName)
	}
	spec := &seccomp.Specification{}
	if err := repo.SnapSpecification(spec, snapName); err != nil {
		return nil, fmt.Errorf("cannot set up seccomp filters of snap %q: %w", snapName, err)
	}
	policies, err := seccomp.RenderSnapPolicies(info, spec)
	if err != nil {
		return nil, fmt.Errorf("cannot set up seccomp filters of snap %q: %w", snapName, err)
	}
	id, err := b.compilerID()
	if err != nil {
		return nil, fmt.Errorf("cannot set up seccomp filters of snap %q: %w", snapName, err)
	}

	defer b.lockSnap(snapName)()
	if err := b.listFiles(); err != nil {
		return nil, fmt.Errorf("cannot set up seccomp filters of snap %q: %w", snapName, err)
	}
	res := &interfaces.SetupResult{Backend: b.Name(), Snap: snapName}
	plans := make([]*plan, len(policies))
	for i, policy := range policies {
		plans[i] = b.plan(policy, id)
	}
	// Filters read from disk serve other tags with the same source.
	for _, p := range plans {
		if p.programs != nil && !p.writeBin {
			b.adopt(p.tag(), p.key, p.programs)
		}
	}
	compiled, compileTime, err := b.compileAll(ctx, plans)
	res.Compiled, res.CompileTime = len(compiled), compileTime
	defer b.dropUnused(compiled)
	if err != nil {
		return nil, fmt.Errorf("cannot set up seccomp filters of snap %q: %w", snapName, err)
	}
	if err := b.writeAll(plans, id); err != nil {
		return nil, fmt.Errorf("cannot set up seccomp filters of snap %q: %w", snapName, err)
	}
	written, err := b.renameAll(plans)
	res.Written = written
	for _, p := range plans {
		if p.binDone {
			b.adopt(p.tag(), p.key, p.programs)
		}
	}
	if err != nil {
		return res, fmt.Errorf("cannot set up seccomp filters of snap %q: %w", snapName, err)
	}
	keep := make(map[string]bool, 2*len(plans))
	for _, p := range plans {
		keep[p.tag()+srcSuffix] = true
		keep[p.tag()+binSuffix] = true
	}
	removed, err := b.removeFiles(snapName, keep)
	res.Removed = removed
	if err == nil && len(written)+len(removed) > 0 {
		err = fsutil.SyncDir(b.dir)
	}
	if err != nil {
		return res, fmt.Errorf("cannot set up seccomp filters of snap %q: %w", snapName, err)
	}
	return res, nil
}

// Remove removes every file of the snap.
func (b *Backend) Remove(ctx context.Context, snapName string) (*interfaces.SetupResult, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("cannot remove seccomp filters of snap %q: %w", snapName, err)
	}
	defer b.lockSnap(snapName)()
	if err := b.listFiles(); err != nil {
		return nil, fmt.Errorf("cannot remove seccomp filters of snap %q: %w", snapName, err)
	}
	res := &interfaces.SetupResult{Backend: b.Name(), Snap: snapName}
	removed, err := b.removeFiles(snapName, nil)
	res.Removed = removed
	if err == nil && len(removed) > 0 {
		err = fsutil.SyncDir(b.dir)
	}
	if err != nil {
		return res, fmt.Errorf("cannot remove seccomp filters of snap %q: %w", snapName, err)
	}
	return res, nil
}

func (b *Backend) compilerID() (string, error) {
	b.idOnce.Do(func() { b.id, b.idErr = compiler.ID() })
	return b.id, b.idErr
}

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

// listFiles creates the directory and lists it, the first time.
func (b *Backend) listFiles() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.files != nil {
		return nil
	}
	if err := os.MkdirAll(b.dir, 0755); err != nil {
		return err
	}
	entries, err := os.ReadDir(b.dir)
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

// snapOfFile returns the snap a file in the directory belongs to:
// snap.NAME.* for its policies and filters, .snap.NAME.* for files
// written but not renamed when the system stopped; "" for another file.
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

// plan lays out a policy and says which of its files
// must be written. A file whose stamp and content are the ones the
// backend last wrote or read is not read again; the others are read,
// and a filter is the right one when it says it was compiled from the
// policy's source by this compiler.
func (b *Backend) plan(policy *seccomp.Policy, id string) *plan {
	buf := fsutil.GetBuffer(policy.Text.Len())
	defer fsutil.PutBuffer(buf)
	*buf = policy.Text.AppendTo(*buf)
	text := *buf
	sum := maphash.Bytes(b.seed, text)
	p := &plan{policy: policy, sum: sum}
	srcName, binName := p.tag()+srcSuffix, p.tag()+binSuffix
	srcMemo, binMemo := b.memo(srcName), b.memo(binName)

	if !srcMemo.holds(sum, b.path(srcName)) {
		old, stamp, err := fsutil.ReadUpToStamped(b.path(srcName), len(text))
		if err == nil && policy.Text.Equal(old) {
			b.remember(srcName, memo{stamp: stamp, sum: sum})
		} else {
			p.writeSrc = true
		}
	}
	if binMemo.holds(sum, b.path(binName)) {
		p.key = binMemo.key
	} else {
		p.key = SourceKey(text)
		// A filter that cannot be read is written again.
		data, stamp, err := fsutil.ReadFileStamped(b.path(binName))
		var f *loader.File
		if err == nil {
			f, err = loader.Parse(data)
		}
		if err == nil && f.Source == p.key && f.Compiler == id {
			p.programs = f.Programs
			b.remember(binName, memo{stamp: stamp, sum: sum, key: p.key})
		} else {
			p.writeBin = true
		}
	}
	if p.writeSrc || p.writeBin {
		p.src = append([]byte(nil), text...)
	}
	return p
}

// memo is what the backend knows of one of its files.
type memo struct {
	// stamp is the file's when the backend last wrote or read it.
	stamp fsutil.Stamp
	// sum is the hash (maphash, with the backend's seed) of the policy
	// text the file holds, or for a filter was compiled from.
	sum uint64
	// key is a filter's source key.
	key string
}

// holds says whether the file at path is still the one the memo was
// made of, and holds (or was compiled from) the text whose hash is sum.
func (m memo) holds(sum uint64, path string) bool {
	return m.stamp != (fsutil.Stamp{}) && m.sum == sum && fsutil.StatStamp(path) == m.stamp
}

func (b *Backend) memo(name string) memo {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.memos[name]
}

// remember records a memo of a file, when its stamp is settled (see
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

func (b *Backend) path(name string) string { return filepath.Join(b.dir, name) }

// adopt records that the tag's filter on disk has the source key and
// programs, which other tags with the same source may then share.
func (b *Backend) adopt(tag, key string, programs [][]byte) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if old, ok := b.tags[tag]; ok {
		if old == key {
			return
		}
		b.release(old)
	}
	k := b.known[key]
	if k == nil {
		k = &knownFilter{programs: programs}
		b.known[key] = k
	}
	k.refs++
	b.tags[tag] = key
}

// forget records that the tag has no filter on disk any more.
func (b *Backend) forget(tag string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if key, ok := b.tags[tag]; ok {
		delete(b.tags, tag)
		b.release(key)
	}
}

// release drops a tag's hold on a known filter, and the filter with the
// last. b.mu is held.
func (b *Backend) release(key string) {
	if k := b.known[key]; k != nil {
		if k.refs--; k.refs <= 0 {
			delete(b.known, key)
		}
	}
}

// compileAll finds the filter of every plan that needs one written:
// shared with another tag, compiled by another Setup, or compiled here,
// each source once and in parallel. It returns the sources compiled
// here, the time their compiles took, and the errors of the tags whose policy does not compile.
func (b *Backend) compileAll(ctx context.Context, plans []*plan) ([]string, time.Duration, error) {
	bySource := make(map[string][]*plan)
	var sources []string
	for _, p := range plans {
		if !p.writeBin {
			continue
		}
		if len(bySource[p.key]) == 0 {
			sources = append(sources, p.key)
		}
		bySource[p.key] = append(bySource[p.key], p)
	}
	var (
		wg          sync.WaitGroup
		mu          sync.Mutex
		compiled    []string
		compileTime time.Duration
		failed      = make(map[string]error)
	)
	for _, key := range sources {
		wg.Add(1)
		go func(key string, first *plan) {
			defer wg.Done()
			programs, took, ran, err := b.get(ctx, key, first.src)
			mu.Lock()
			defer mu.Unlock()
			if ran {
				compiled = append(compiled, key)
				compileTime += took
			}
			if err != nil {
				failed[key] = err
				return
			}
			for _, p := range bySource[key] {
				p.programs = programs
			}
		}(key, bySource[key][0])
	}
	wg.Wait()
	if len(failed) == 0 {
		return compiled, compileTime, nil
	}
	var errs []error
	for _, p := range plans {
		if err, ok := failed[p.key]; ok && p.writeBin {
			errs = append(errs, p.policy.Explain(err))
		}
	}
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	return compiled, compileTime, errors.Join(errs...)
}

// get returns the filter compiled from src, whose source key is key:
// one that a tag on disk has, one that another Setup is compiling, or
// one it compiles, which it says with the time the compile took. A
// compile waits for one of the backend's GOMAXPROCS tokens.
func (b *Backend) get(ctx context.Context, key string, src []byte) ([][]byte, time.Duration, bool, error) {
	for {
		b.mu.Lock()
		if k := b.known[key]; k != nil {
			b.mu.Unlock()
			return k.programs, 0, false, nil
		}
		call := b.compiles[key]
		owner := call == nil
		if owner {
			call = &compileCall{done: make(chan struct{})}
			b.compiles[key] = call
		}
		b.mu.Unlock()
		if owner {
			var took time.Duration
			call.programs, took, call.err = b.compile(ctx, src)
			b.mu.Lock()
			delete(b.compiles, key)
			// Known from now on, so that no Setup compiles it again
			// before this one has written it; dropped by dropUnused if
			// no tag takes it.
			if call.err == nil && b.known[key] == nil {
				b.known[key] = &knownFilter{programs: call.programs}
			}
			b.mu.Unlock()
			close(call.done)
			return call.programs, took, true, call.err
		}
		select {
		case <-call.done:
		case <-ctx.Done():
			return nil, 0, false, fmt.Errorf("cannot compile seccomp policy: %w", ctx.Err())
		}
		if call.err == nil {
			return call.programs, 0, false, nil
		}
		// The context of the Setup that compiled ended first: compile
		// here, if this context allows.
		if (errors.Is(call.err, context.Canceled) || errors.Is(call.err, context.DeadlineExceeded)) && ctx.Err() == nil {
			continue
		}
		return nil, 0, false, call.err
	}
}

// dropUnused forgets the filters of keys that no tag on disk has: those
// a Setup compiled and then could not write.
func (b *Backend) dropUnused(keys []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, key := range keys {
		if k := b.known[key]; k != nil && k.refs == 0 {
			delete(b.known, key)
		}
	}
}

// compile compiles src once it has a token, and says how long the
// compile took.
func (b *Backend) compile(ctx context.Context, src []byte) ([][]byte, time.Duration, error) {
	select {
	case b.compiling <- struct{}{}:
	case <-ctx.Done():
		return nil, 0, fmt.Errorf("cannot compile seccomp policy: %w", ctx.Err())
	}
	defer func() { <-b.compiling }()
	start := time.Now()
	compiled, err := compiler.Compile(ctx, string(src))
	took := time.Since(start)
	if err != nil {
		return nil, took, err
	}
	return compiled.Programs, took, nil
}

// writeAll writes every file that must change beside the one it
// replaces, under a hidden name, and removes them all if one fails.
func (b *Backend) writeAll(plans []*plan, id string) (err error) {
	defer func() {
		if err != nil {
			removeTemps(plans)
		}
	}()
	for _, p := range plans {
		if p.writeBin {
			file := &loader.File{Source: p.key, Compiler: id, Programs: p.programs}
			data, err := file.Marshal()
			if err != nil {
				return fmt.Errorf("%s: %w", p.tag(), err)
			}
			if p.tmpBin, err = fsutil.WriteTemp(b.dir, "."+p.tag()+binSuffix+".*", data, 0644); err != nil {
				return fmt.Errorf("cannot write seccomp filter of %s: %w", p.tag(), err)
			}
		}
		if p.writeSrc {
			if p.tmpSrc, err = fsutil.WriteTemp(b.dir, "."+p.tag()+srcSuffix+".*", p.src, 0644); err != nil {
				return fmt.Errorf("cannot write seccomp policy of %s: %w", p.tag(), err)
			}
		}
	}
	return nil
}

func removeTemps(plans []*plan) {
	for _, p := range plans {
		for _, tmp := range []*string{&p.tmpBin, &p.tmpSrc} {
			if *tmp != "" {
				os.Remove(*tmp)
				*tmp = ""
			}
		}
	}
}

// renameAll moves the written files into place, each tag's filter
// before its policy: a policy on disk is never newer than its filter.
// It returns the files now in place, sorted.
func (b *Backend) renameAll(plans []*plan) (written []string, err error) {
	defer removeTemps(plans)
	for _, p := range plans {
		for _, f := range []struct {
			tmp  *string
			name string
		}{{&p.tmpBin, p.tag() + binSuffix}, {&p.tmpSrc, p.tag() + srcSuffix}} {
			if *f.tmp == "" {
				continue
			}
			path := b.path(f.name)
			if err := os.Rename(*f.tmp, path); err != nil {
				sort.Strings(written)
				return written, fmt.Errorf("cannot replace %s: %w", path, err)
			}
			*f.tmp = ""
			m := memo{stamp: fsutil.StatStamp(path), sum: p.sum}
			if f.tmp == &p.tmpBin {
				p.binDone = true
				m.key = p.key
			}
			b.remember(f.name, m)
			written = append(written, path)
			b.addFile(f.name)
		}
	}
	sort.Strings(written)
	return written, nil
}

// addFile records a file of a snap in the directory.
func (b *Backend) addFile(name string) {
	snapName := snapOfFile(name)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.files[snapName] == nil {
		b.files[snapName] = make(map[string]bool)
	}
	b.files[snapName][name] = true
}

// removeFiles removes the snap's files that keep does not name, and
// returns their paths, sorted.
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
	var removed []string
	for _, name := range stale {
		path := b.path(name)
		if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
			return removed, fmt.Errorf("cannot remove %s: %w", path, err)
		}
		b.mu.Lock()
		delete(b.files[snapName], name)
		delete(b.memos, name)
		b.mu.Unlock()
		if tag, ok := strings.CutSuffix(name, binSuffix); ok && !strings.HasPrefix(name, ".") {
			b.forget(tag)
		}
		removed = append(removed, path)
	}
	return removed, nil
}
