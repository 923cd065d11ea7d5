// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package aaparser checks rendered AppArmor profiles by compiling them
// with apparmor_parser, without loading them into the kernel. It is a
// package of its own so that importing the backend or the catalogue
// never brings os/exec along.
package aaparser

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/snapiface/snapiface/interfaces/apparmor"
)

// FeaturesFile is the kernel feature set profiles are compiled against,
// so that a check gives the same answer on any host, with or without
// AppArmor in its kernel. Check adds D-Bus mediation to it when it
// lacks it (see dbusFeature).
const FeaturesFile = "/usr/share/apparmor-features/features"

// dbusFeature is the feature entry of D-Bus mediation. The stock
// feature set of AppArmor 3 has none (D-Bus is mediated by the bus
// daemon, which asks the kernel, not by the kernel itself), and
// apparmor_parser drops dbus rules unchecked for a kernel without it:
// a dbus rule with an unclosed brace would pass. Check compiles
// against a copy of FeaturesFile with this entry added, so that dbus
// rules are compiled like every other rule.
const dbusFeature = "dbus {mask {acquire send receive\n}\n}\n"

// hasDBusFeature finds a top-level dbus entry in a feature set.
var hasDBusFeature = regexp.MustCompile(`(?m)^dbus \{`)

// writeFeatures writes the feature set Check compiles against into dir,
// the parser's feature file with D-Bus mediation added when it lacks
// it, and returns its path. It is written once per Check call and ABI,
// in Check's own temporary directory, so that nothing outlives the call
// and concurrent checks share no file; reading and writing a few
// kilobytes costs nothing next to a parser run.
func writeFeatures(dir string, p Parser) (string, error) {
	stock, err := os.ReadFile(p.Features)
	if err != nil {
		return "", fmt.Errorf("cannot read AppArmor feature set: %w", err)
	}
	if !hasDBusFeature.Match(stock) {
		if len(stock) > 0 && !bytes.HasSuffix(stock, []byte("\n")) {
			stock = append(stock, '\n')
		}
		stock = append(stock, dbusFeature...)
	}
	path := filepath.Join(dir, "features-"+string(p.ABI))
	if err := os.WriteFile(path, stock, 0644); err != nil {
		return "", fmt.Errorf("cannot write AppArmor feature set: %w", err)
	}
	return path, nil
}

// ErrNotFound is returned, wrapped, when apparmor_parser is not installed.
var ErrNotFound = errors.New("apparmor_parser not found on PATH, in /sbin or in /usr/sbin")

// Find returns the path of apparmor_parser: the one on PATH, else the
// one in /sbin or /usr/sbin, which are often not on a user's PATH.
func Find() (string, error) {
	if path, err := exec.LookPath("apparmor_parser"); err == nil {
		return path, nil
	}
	for _, dir := range []string{"/sbin", "/usr/sbin"} {
		path := filepath.Join(dir, "apparmor_parser")
		if isExecutable(path) {
			return path, nil
		}
	}
	return "", ErrNotFound
}

// Available returns the parser Check would run for profiles of ABI 3.0,
// or says why Check cannot run here: the parser or the feature set is
// missing.
func Available() (string, error) {
	p, err := ParserFor(apparmor.ABI30)
	return p.Path, err
}

// Parser is an apparmor_parser and what it compiles the profiles of
// one ABI against.
type Parser struct {
	// ABI is the ABI of the profiles it checks.
	ABI apparmor.ABI
	// Path is the apparmor_parser binary.
	Path string
	// Features is the feature file profiles are compiled against
	// (apparmor_parser -M); Check adds D-Bus mediation when it lacks it.
	Features string
	// Base is the directory of abi/, tunables/ and abstractions/ that
	// the profiles include (apparmor_parser --base), or "" for the
	// parser's own, /etc/apparmor.d.
	Base string
}

// ErrNotFound4 is returned, wrapped, when no apparmor_parser 4 is there
// to check profiles of ABI 4.0.
var ErrNotFound4 = errors.New("apparmor_parser 4 not found")

// Parser4Env names a directory laid out as Parser4Dir is, to use in its
// place.
const Parser4Env = "SNAPIFACE_APPARMOR4"

// Parser4Dir returns the directory where make deps builds
// apparmor_parser 4 (.ci/apparmor4): bin/apparmor_parser, and
// apparmor.d/ with abi/, tunables/ and abstractions/ of the same
// source. It is $SNAPIFACE_APPARMOR4 when set, else snapiface/apparmor4
// in the user's cache directory ($XDG_CACHE_HOME, or ~/.cache).
func Parser4Dir() (string, error) {
	if dir := os.Getenv(Parser4Env); dir != "" {
		return dir, nil
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(cache, "snapiface", "apparmor4"), nil
}

// systemIncludeDir is where the system's parser finds abi/, tunables/
// and abstractions/.
const systemIncludeDir = "/etc/apparmor.d"

// ParserFor returns the parser that checks profiles of an ABI, or says
// why there is none. Profiles of ABI 3.0 are compiled by the system's
// parser (Find) against FeaturesFile. Profiles of ABI 4.0 are compiled
// by the apparmor_parser 4 in Parser4Dir against the abi/4.0 of its own
// source, with its apparmor.d as their include directory; without it,
// by the system's parser when that speaks ABI 4.0 (it has
// /etc/apparmor.d/abi/4.0), against that file.
func ParserFor(abi apparmor.ABI) (Parser, error) {
	switch abi {
	case apparmor.ABI30:
		path, err := Find()
		if err != nil {
			return Parser{}, err
		}
		if _, err := os.Stat(FeaturesFile); err != nil {
			return Parser{}, fmt.Errorf("cannot find AppArmor feature set: %w", err)
		}
		return Parser{ABI: abi, Path: path, Features: FeaturesFile}, nil
	case apparmor.ABI40:
		dir, err := Parser4Dir()
		if err != nil {
			return Parser{}, fmt.Errorf("%w: %v", ErrNotFound4, err)
		}
		base := filepath.Join(dir, "apparmor.d")
		p := Parser{ABI: abi, Path: filepath.Join(dir, "bin", "apparmor_parser"), Features: filepath.Join(base, "abi", "4.0"), Base: base}
		if isExecutable(p.Path) && isFile(p.Features) {
			return p, nil
		}
		system := filepath.Join(systemIncludeDir, "abi", "4.0")
		if path, err := Find(); err == nil && isFile(system) {
			return Parser{ABI: abi, Path: path, Features: system}, nil
		}
		return Parser{}, fmt.Errorf("%w in %s (make deps builds it there), and the system's parser has no %s", ErrNotFound4, dir, system)
	}
	return Parser{}, fmt.Errorf("cannot check profiles of AppArmor ABI %q", abi)
}

func isExecutable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode()&0111 != 0
}

func isFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// ParseError is apparmor_parser's complaint about one profile, mapped
// back to the rendered profile.
type ParseError struct {
	// Tag is the security tag of the failing profile.
	Tag string
	// Line is the line of the profile (1-based) where the offending
	// rule starts, or 0 when it cannot be told.
	Line int
	// Interface is the interface that added that line, or "" when the
	// line is the template's or unknown.
	Interface string
	// Msg is the parser's message, without its file and line.
	Msg string
}

// Error returns "TAG: line N (interface "NAME"): MESSAGE", leaving out
// what is not known.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.Tag)
	if e.Line > 0 {
		fmt.Fprintf(&b, ": line %d", e.Line)
	}
	if e.Interface != "" {
		fmt.Fprintf(&b, " (interface %q)", e.Interface)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// ParseErrors is what Check returns when profiles fail to compile: one
// error per failing profile, sorted by tag.
type ParseErrors []*ParseError

// Error returns the errors one per line.
func (errs ParseErrors) Error() string {
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Unwrap lets errors.As find the first *ParseError.
func (errs ParseErrors) Unwrap() []error {
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = e
	}
	return out
}

// DefaultTimeout bounds a run of apparmor_parser when the caller's
// context has no deadline. A snap's profiles compile in about a second,
// and a check of hundreds in well under a minute here; a run past this
// is a profile the parser cannot cope with (a path of thousands of
// characters with alternations can keep it busy for many minutes), and
// the parser is killed.
const DefaultTimeout = 5 * time.Minute

// withDefaultTimeout returns ctx, bounded by timeout when it has no
// deadline of its own.
func withDefaultTimeout(ctx context.Context, timeout time.Duration) (context.Context, context.CancelFunc) {
	if _, ok := ctx.Deadline(); ok {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, timeout)
}

// Check compiles profiles with apparmor_parser, one run per ABI with
// the parser of that ABI (see ParserFor), against its feature set with
// D-Bus mediation added, skipping the kernel and the cache; the parser
// spreads the profiles over the CPUs, and profiles of the same Shape
// are compiled once. It returns nil when all compile, ParseErrors when
// some do not, and another error when the check itself cannot run
// (wrapping ErrNotFound or ErrNotFound4 when a parser is missing).
//
// The runs are bounded by ctx, or by DefaultTimeout when ctx has no
// deadline: when it ends first the parser (and whatever it started) is
// killed, and the error names the profiles it was compiling and wraps
// ctx.Err().
func Check(ctx context.Context, profiles ...*apparmor.Profile) error {
	if len(profiles) == 0 {
		return nil
	}
	ctx, cancel := withDefaultTimeout(ctx, DefaultTimeout)
	defer cancel()
	for i, p := range profiles {
		if p == nil {
			return fmt.Errorf("cannot check AppArmor profiles: profile %d is nil", i)
		}
	}
	// A profile made by hand, with no ABI, states ABI 3.0 as the
	// renderer did before ABIs were chosen.
	var abis []apparmor.ABI
	byABI := make(map[apparmor.ABI][]*apparmor.Profile)
	for _, p := range profiles {
		abi := p.ABI
		if abi == "" {
			abi = apparmor.ABI30
		}
		if _, ok := byABI[abi]; !ok {
			abis = append(abis, abi)
		}
		byABI[abi] = append(byABI[abi], p)
	}
	parsers := make([]Parser, len(abis))
	for i, abi := range abis {
		var err error
		if parsers[i], err = ParserFor(abi); err != nil {
			return fmt.Errorf("cannot check AppArmor profiles: %w", err)
		}
	}
	dir, err := os.MkdirTemp("", "aaparser-")
	if err != nil {
		return fmt.Errorf("cannot check AppArmor profiles: %w", err)
	}
	defer os.RemoveAll(dir)
	var errs ParseErrors
	for i, abi := range abis {
		more, err := checkWith(ctx, parsers[i], filepath.Join(dir, string(abi)), byABI[abi])
		if err != nil {
			return err
		}
		errs = append(errs, more...)
	}
	if len(errs) == 0 {
		return nil
	}
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Tag < errs[j].Tag })
	return errs
}

// checkWith compiles profiles of one ABI with its parser, in a new
// directory dir, and returns the errors of those that fail.
func checkWith(ctx context.Context, parser Parser, dir string, profiles []*apparmor.Profile) (ParseErrors, error) {
	if err := os.Mkdir(dir, 0755); err != nil {
		return nil, fmt.Errorf("cannot check AppArmor profiles: %w", err)
	}
	features, err := writeFeatures(dir, parser)
	if err != nil {
		return nil, fmt.Errorf("cannot check AppArmor profiles: %w", err)
	}

	// Profiles of one shape compile alike: compile the first of each,
	// and give its error, if any, to the others under their own tags.
	var unique []*apparmor.Profile
	sameAs := make([]int, len(profiles))
	byShape := make(map[string]int)
	for i, p := range profiles {
		shape := p.Shape.String()
		if j, ok := byShape[shape]; ok && shape != "" {
			sameAs[i] = j
			continue
		}
		byShape[shape] = len(unique)
		sameAs[i] = len(unique)
		unique = append(unique, p)
	}
	names := make([]string, len(unique))
	for i, p := range unique {
		names[i] = strconv.Itoa(i)
		if err := os.WriteFile(filepath.Join(dir, names[i]), p.Text.AppendTo(nil), 0644); err != nil {
			return nil, fmt.Errorf("cannot check AppArmor profiles: %w", err)
		}
	}
	args := parserArgs(parser, features)
	failed, err := run(ctx, parser.Path, args, args, dir, names, unique)
	if err != nil {
		return nil, err
	}
	var errs ParseErrors
	for i, p := range profiles {
		if e := failed[sameAs[i]]; e != nil {
			e := *e
			e.Tag = p.Tag
			errs = append(errs, &e)
		}
	}
	return errs, nil
}

// CacheOptions says how Compile runs apparmor_parser.
type CacheOptions struct {
	// Parser is the apparmor_parser to run; "" finds it (Find).
	Parser string
	// CacheDir is where the parser keeps compiled profiles
	// (--cache-loc), in a subdirectory per feature set, each under the
	// name of the file it was compiled from.
	CacheDir string
	// Features is the feature set to compile against (-M), "" for the
	// running kernel's. Without a kernel that has AppArmor the parser
	// needs one to write the cache.
	Features string
	// Load loads the profiles into the kernel, each replacing the
	// profile of the same name (--replace), from the cache when it is
	// fresh. Without it the profiles are compiled, never read from the
	// cache (a stale entry written in the same clock tick as the
	// profile could pass for fresh), and not loaded (-Q).
	Load bool
}

// File is a profile written to a file, for Compile.
type File struct {
	// Path is the file's absolute path; its base name names the
	// compiled profile in the cache.
	Path    string
	Profile *apparmor.Profile
}

// Compile runs apparmor_parser once on files, with the host's parser
// configuration, writing each compiled profile to the cache and, with
// opts.Load, loading them into the kernel. It returns ParseErrors,
// each naming its tag, line and interface, when profiles fail (with
// Load, profiles that compiled may have been loaded before the run
// failed), and another error when the parser cannot run. The run is
// bounded as Check's is.
func Compile(ctx context.Context, opts CacheOptions, files ...File) error {
	if len(files) == 0 {
		return nil
	}
	if !filepath.IsAbs(opts.CacheDir) {
		return fmt.Errorf("cannot compile AppArmor profiles: cache directory %q is not an absolute path", opts.CacheDir)
	}
	names := make([]string, len(files))
	profiles := make([]*apparmor.Profile, len(files))
	for i, f := range files {
		if f.Profile == nil || !filepath.IsAbs(f.Path) {
			return fmt.Errorf("cannot compile AppArmor profiles: file %d: want a profile and an absolute path, not %q", i, f.Path)
		}
		names[i], profiles[i] = f.Path, f.Profile
	}
	parser := opts.Parser
	if parser == "" {
		var err error
		if parser, err = Find(); err != nil {
			return fmt.Errorf("cannot compile AppArmor profiles: %w", err)
		}
	}
	ctx, cancel := withDefaultTimeout(ctx, DefaultTimeout)
	defer cancel()

	args := []string{"--write-cache", "--cache-loc", opts.CacheDir}
	if opts.Load {
		args = append(args, "--replace")
	} else {
		args = append(args, "--skip-kernel-load", "--skip-read-cache")
	}
	// A failure the parser does not attribute is looked for by
	// compiling each profile alone, without the cache.
	eachArgs := []string{"-QK"}
	if opts.Features != "" {
		args = append(args, "-M", opts.Features)
		eachArgs = append(eachArgs, "-M", opts.Features)
	}
	failed, err := run(ctx, parser, args, eachArgs, "/", names, profiles)
	if err != nil {
		return err
	}
	var errs ParseErrors
	for i := range profiles {
		if e := failed[i]; e != nil {
			errs = append(errs, e)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Tag < errs[j].Tag })
	return errs
}

// parserArgs compile without loading into the kernel (-Q) or using the
// cache (-K), without the host's parser configuration, against the
// feature set at features, with the parser's include directory.
// Expression simplification only makes the compiled automaton smaller,
// never changes what it accepts or which profiles fail, and takes about
// half of the time: it is left out.
func parserArgs(parser Parser, features string) []string {
	args := []string{"-QK", "--config-file", "/dev/null", "-M", features, "-O", "no-expr-simplify"}
	if parser.Base != "" {
		args = append(args, "--base", parser.Base)
	}
	return args
}

// run runs the parser with args on profiles, written in dir as names
// (relative to dir, or absolute), and returns the errors of those that
// fail, by index. When the parser's output names no profile, each is
// compiled alone with eachArgs to find out which fail. The run is
// bounded by ctx (see command).
func run(ctx context.Context, parser string, args, eachArgs []string, dir string, names []string, profiles []*apparmor.Profile) (map[int]*ParseError, error) {
	if err := ctx.Err(); err != nil {
		return nil, timeoutError(profiles, err)
	}
	// A fresh slice: args is shared by the runs of runEach, and may have
	// room to append into.
	cmd := command(ctx, parser, slices.Concat(args, names)...)
	cmd.Dir = dir
	var output bytes.Buffer
	cmd.Stdout = &output
	cmd.Stderr = &output
	runErr := cmd.Run()
	if runErr == nil {
		return nil, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, timeoutError(profiles, err)
	}
	var exitErr *exec.ExitError
	if !errors.As(runErr, &exitErr) {
		return nil, fmt.Errorf("cannot check AppArmor profiles: %w", runErr)
	}

	out := attribute(output.String(), names, profiles)
	if len(profiles) == 1 {
		// Whatever the parser said is about the one profile.
		m := append(out.msgs[0], attributeLines(out.unattributed)...)
		if len(m) == 0 && out.failedToLoad[0] != "" {
			m = []message{{text: out.failedToLoad[0]}}
		}
		if len(m) == 0 {
			m = attributeLines([]string{strings.TrimSpace(output.String())})
		}
		return map[int]*ParseError{0: locate(profiles[0], m)}, nil
	}
	failed := make(map[int]*ParseError, len(out.msgs))
	for i, m := range out.msgs {
		failed[i] = locate(profiles[i], m)
	}
	if len(out.unattributed) > 0 {
		// A message that names no profile: compile the others one by
		// one to find out whose it is. Only failures pay for this.
		more, err := runEach(ctx, parser, eachArgs, profiles, failed)
		if err != nil {
			return nil, err
		}
		for i, e := range more {
			failed[i] = e
		}
	} else {
		for i, line := range out.failedToLoad {
			if failed[i] == nil {
				failed[i] = locate(profiles[i], []message{{text: line}})
			}
		}
	}
	if len(failed) == 0 {
		return nil, fmt.Errorf("cannot check AppArmor profiles: apparmor_parser failed (%v) without naming a profile: %s", runErr, strings.TrimSpace(output.String()))
	}
	return failed, nil
}

// runEach compiles alone with args, in parallel, each profile not yet
// known to fail (known), each in a temporary directory of its own.
func runEach(ctx context.Context, parser string, args []string, profiles []*apparmor.Profile, known map[int]*ParseError) (map[int]*ParseError, error) {
	dir, err := os.MkdirTemp("", "aaparser-each-")
	if err != nil {
		return nil, fmt.Errorf("cannot check AppArmor profiles: %w", err)
	}
	defer os.RemoveAll(dir)
	var (
		mu       sync.Mutex
		wg       sync.WaitGroup
		failed   = make(map[int]*ParseError)
		firstErr error
		sem      = make(chan struct{}, runtime.NumCPU())
	)
	for i := range profiles {
		if known[i] != nil {
			continue
		}
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			got, err := runOne(ctx, parser, args, filepath.Join(dir, "each-"+strconv.Itoa(i)), profiles[i])
			mu.Lock()
			defer mu.Unlock()
			if err != nil && firstErr == nil {
				firstErr = err
			}
			if got != nil {
				failed[i] = got
			}
		}(i)
	}
	wg.Wait()
	return failed, firstErr
}

// runOne compiles one profile alone in a fresh directory, dir.
func runOne(ctx context.Context, parser string, args []string, dir string, p *apparmor.Profile) (*ParseError, error) {
	if err := os.Mkdir(dir, 0755); err != nil {
		return nil, fmt.Errorf("cannot check AppArmor profiles: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "0"), p.Text.AppendTo(nil), 0644); err != nil {
		return nil, fmt.Errorf("cannot check AppArmor profiles: %w", err)
	}
	failed, err := run(ctx, parser, args, args, dir, []string{"0"}, []*apparmor.Profile{p})
	return failed[0], err
}

// maxNamed is how many profiles an error names before it counts the
// rest.
const maxNamed = 5

// timeoutError says that the parser did not finish compiling profiles
// before ctx ended, naming them.
func timeoutError(profiles []*apparmor.Profile, err error) error {
	return fmt.Errorf("cannot compile AppArmor %s: apparmor_parser did not finish: %w", profileNames(profiles), err)
}

// profileNames names profiles in an error: `profile "snap.a.b"`, or
// `profiles "snap.a.b", "snap.a.c"`, the first few of many with how
// many more there are.
func profileNames(profiles []*apparmor.Profile) string {
	var b strings.Builder
	if len(profiles) == 1 {
		b.WriteString("profile ")
	} else {
		b.WriteString("profiles ")
	}
	for i, p := range profiles {
		if i == maxNamed {
			fmt.Fprintf(&b, " and %d more", len(profiles)-maxNamed)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q", p.Tag)
	}
	return b.String()
}

var (
	// The parser names the file it was given and, after "in profile",
	// the file the error is in: an included file, or the same one.
	fileErrorRe = regexp.MustCompile(`^AppArmor parser error for (.+) in profile (.+) at line (\d+): (.*)$`)
	// Errors found after parsing name the profile itself.
	profileErrorRe = regexp.MustCompile(`^profile (\S+): (.*)$`)
	failedToLoadRe = regexp.MustCompile(`^ERROR .* profile (\S+), failed to load$`)
	// Other errors start with the parser's own path.
	parserPrefixRe = regexp.MustCompile(`^\S*apparmor_parser: `)
)

// message is one complaint of the parser about a profile.
type message struct {
	// line is the line the parser names in the profile, 0 for none.
	line int
	text string
}

// output is the parser's output sorted by profile index.
type output struct {
	// msgs holds the messages that name a profile.
	msgs map[int][]message
	// failedToLoad holds the parser's last word on a profile, which
	// follows a message that may not have named it.
	failedToLoad map[int]string
	// unattributed holds the lines that name no profile.
	unattributed []string
}

// attribute sorts the parser's output by profile index.
func attribute(text string, names []string, profiles []*apparmor.Profile) output {
	byName := make(map[string]int, len(names))
	byTag := make(map[string]int, len(profiles))
	for i := range names {
		byName[names[i]] = i
		// A tag given twice names no profile in particular.
		if _, dup := byTag[profiles[i].Tag]; dup {
			byTag[profiles[i].Tag] = -1
		} else {
			byTag[profiles[i].Tag] = i
		}
	}
	out := output{msgs: make(map[int][]message), failedToLoad: make(map[int]string)}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "Warning") {
			continue
		}
		if m := fileErrorRe.FindStringSubmatch(line); m != nil {
			if i, ok := byName[m[1]]; ok {
				if m[2] == m[1] {
					n, _ := strconv.Atoi(m[3])
					out.msgs[i] = append(out.msgs[i], message{line: n, text: m[4]})
				} else {
					out.msgs[i] = append(out.msgs[i], message{text: fmt.Sprintf("in included file %s at line %s: %s", m[2], m[3], m[4])})
				}
				continue
			}
		}
		if m := failedToLoadRe.FindStringSubmatch(line); m != nil {
			if i, ok := byTag[m[1]]; ok && i >= 0 {
				out.failedToLoad[i] = line
				continue
			}
		}
		if m := profileErrorRe.FindStringSubmatch(line); m != nil {
			if i, ok := byTag[m[1]]; ok && i >= 0 {
				out.msgs[i] = append(out.msgs[i], message{text: m[2]})
				continue
			}
		}
		out.unattributed = append(out.unattributed, line)
	}
	return out
}

// attributeLines turns output lines that name no profile into messages.
func attributeLines(lines []string) []message {
	out := make([]message, len(lines))
	for i, line := range lines {
		out[i] = message{text: parserPrefixRe.ReplaceAllString(line, "")}
	}
	return out
}
