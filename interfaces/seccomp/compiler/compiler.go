// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package compiler compiles seccomp policy text (see package seccomp)
// to BPF programs with libseccomp. It needs cgo and libseccomp, so it is
// a package of its own: nothing else in the project imports
// libseccomp-golang, and importing the catalogue does not drag cgo in.
package compiler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	libseccomp "github.com/seccomp/libseccomp-golang"

	"github.com/snapiface/snapiface/interfaces/seccomp"
)

// The errnos of the two ways a policy denies a syscall.
const (
	// ErrnoDefault (EPERM) is what a syscall that no rule allows fails
	// with.
	ErrnoDefault = 1
	// ErrnoDenied (EACCES) is what an explicit denial (~) fails with.
	ErrnoDenied = 13
)

// MaxInstructions is the longest program the kernel loads (BPF_MAXINSNS).
const MaxInstructions = 4096

// Filter is a compiled seccomp policy.
//
// Programs holds one or two BPF programs, each an array of struct
// sock_filter (8 bytes an instruction, in host byte order), to be loaded
// in order. The first holds the allow-list, and the explicit denials of
// syscalls that the policy does not also allow. libseccomp cannot give
// a syscall an unconditional allow and a conditional denial (the allow
// silently wins), nor reliably mix allows and denials that overlap, so
// the denials of syscalls that are also allowed go into a second
// program that allows everything else. The kernel runs every loaded
// program and applies the most restrictive result; between two errnos
// the program loaded last wins, so EACCES from the second program
// overrides both an allow and the EPERM of the first.
//
// An @unrestricted policy compiles to no program at all (Unrestricted,
// and Programs empty): an allow-all filter would only cost time on
// every syscall, so the loader installs none.
type Filter struct {
	Programs     [][]byte
	Complain     bool
	Unrestricted bool
	// Arches names the architectures the programs filter, native
	// first; a syscall of any other architecture kills the thread.
	Arches []string
}

// compatArches are the architectures whose programs a native kernel
// runs, and so that a filter must cover as well. x32 is left out, as
// the reference leaves it out: its syscalls carry x86_64's audit
// architecture with the x32 bit set in the number, and libseccomp
// answers those in an amd64 filter without x32 with the bad-architecture
// action, which kills the thread. Nothing a snap ships is built for x32
// (no distribution builds for it), and its syscall table has its own
// variants of the calls that take structures, a surface kept shut.
var compatArches = map[libseccomp.ScmpArch][]libseccomp.ScmpArch{
	libseccomp.ArchAMD64: {libseccomp.ArchX86},
	libseccomp.ArchARM64: {libseccomp.ArchARM},
}

// newSyscalls are syscalls newer than some libseccomp releases know,
// with their numbers. Since Linux 5.1 a new syscall has one number on
// every architecture but alpha (the unified table from 424 on), so on
// the native architectures listed in unifiedArches a name libseccomp
// does not know compiles to this number. libseccomp cannot add a rule
// by number to the filter of a compat architecture (it translates
// numbers through names), so 32-bit programs on a 64-bit kernel get
// EPERM for these until libseccomp knows the name: a documented gap.
// Debian 12's libseccomp 2.5.4 (patched) knows every name here up to
// futex_requeue; upstream 2.5.4, released before Linux 6.5, knows none
// from cachestat on.
var newSyscalls = map[string]libseccomp.ScmpSyscall{
	"memfd_secret":            447,
	"process_mrelease":        448,
	"futex_waitv":             449,
	"set_mempolicy_home_node": 450,
	"cachestat":               451,
	"fchmodat2":               452,
	"map_shadow_stack":        453,
	"futex_wake":              454,
	"futex_wait":              455,
	"futex_requeue":           456,
	"statmount":               457,
	"listmount":               458,
	"lsm_get_self_attr":       459,
	"lsm_set_self_attr":       460,
	"lsm_list_modules":        461,
	"mseal":                   462,
}

// unifiedArches are the native architectures that number new syscalls
// by the unified table.
var unifiedArches = map[libseccomp.ScmpArch]bool{
	libseccomp.ArchAMD64: true, libseccomp.ArchARM64: true, libseccomp.ArchRISCV64: true,
}

// genericArches are the architectures on which every named constant of
// the policy syntax has the value the parser gives it.
var genericArches = map[libseccomp.ScmpArch]bool{
	libseccomp.ArchAMD64: true, libseccomp.ArchX86: true, libseccomp.ArchX32: true,
	libseccomp.ArchARM64: true, libseccomp.ArchARM: true,
	libseccomp.ArchRISCV64: true, libseccomp.ArchS390: true, libseccomp.ArchS390X: true,
}

// pseudoSyscallBase is where libseccomp numbers the syscalls an
// architecture lacks (__PNR_* in seccomp-syscalls.h): resolving such a
// name succeeds with a number at or below it. Numbers between it and 0
// are syscalls multiplexed through socketcall or ipc, which exist.
const pseudoSyscallBase = -10000

// rule is a parsed rule with its syscall resolved.
type rule struct {
	seccomp.Rule
	native libseccomp.ScmpSyscall
	// byNumber says that libseccomp does not know the name, and native
	// is its number from newSyscalls: the rule applies to the native
	// architecture only.
	byNumber bool
}

// DefaultTimeout bounds a compile when the caller's context has no
// deadline. A policy of the catalogue compiles in about 20 ms; one that
// takes a minute is not one a snap should get.
const DefaultTimeout = time.Minute

// Compile compiles policy text for the native architecture and its
// compat architectures (x86 on amd64, arm on arm64; x32 is killed). A
// rule for a syscall that exists only on some of them (chown32 exists
// on x86 but not on amd64) applies where it exists. Errors in the text
// are *seccomp.PolicyError, with the line and the syscall.
//
// A syscall no rule allows fails with EPERM, an explicit denial with
// EACCES or the errno it names; in an @complain policy a syscall no
// rule allows is logged (SECCOMP_RET_LOG, Linux 4.14 and libseccomp API level 3:
// where the kernel lacks it libseccomp refuses the filter, and Compile
// fails rather than enforce). Compile is deterministic: the programs do
// not depend on the order of the rules, nor on duplicates.
//
// The compile is bounded by ctx, or by DefaultTimeout when ctx has no
// deadline. When it ends first, Compile returns an error wrapping
// ctx.Err() at once; libseccomp cannot be interrupted, so the work
// started goes on in the background until the next step between
// libseccomp calls, and its result is dropped. Callers name the policy
// in the error (Policy.Explain).
func Compile(ctx context.Context, text string) (*Filter, error) {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, DefaultTimeout)
		defer cancel()
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("cannot compile seccomp policy: %w", err)
	}
	type result struct {
		filter *Filter
		err    error
	}
	done := make(chan result, 1)
	go func() {
		filter, err := compile(ctx, text)
		done <- result{filter, err}
	}()
	select {
	case r := <-done:
		return r.filter, r.err
	case <-ctx.Done():
		return nil, fmt.Errorf("cannot compile seccomp policy: %w", ctx.Err())
	}
}

// compile is Compile, checking ctx between libseccomp calls.
func compile(ctx context.Context, text string) (*Filter, error) {
	rs, err := seccomp.Parse(text)
	if err != nil {
		return nil, err
	}
	native, err := libseccomp.GetNativeArch()
	if err != nil {
		return nil, fmt.Errorf("cannot compile seccomp policy: %w", err)
	}
	arches := append([]libseccomp.ScmpArch{native}, compatArches[native]...)
	filter := &Filter{Complain: rs.Complain, Unrestricted: rs.Unrestricted}
	for _, arch := range arches {
		filter.Arches = append(filter.Arches, arch.String())
	}

	rules, err := resolve(rs.Rules, native)
	if err != nil {
		return nil, err
	}
	if rs.Unrestricted {
		return filter, nil
	}

	allowed := make(map[string]bool)
	for _, r := range rules {
		if !r.Deny {
			allowed[r.Syscall] = true
		}
	}
	var first, second []rule
	for _, r := range rules {
		if r.Deny && allowed[r.Syscall] {
			second = append(second, r)
		} else {
			first = append(first, r)
		}
	}

	defaultAction := libseccomp.ActErrno.SetReturnCode(ErrnoDefault)
	if rs.Complain {
		defaultAction = libseccomp.ActLog
	}
	prog, err := compileProgram(ctx, first, defaultAction, arches, native)
	if err != nil {
		return nil, err
	}
	filter.Programs = append(filter.Programs, prog)
	if len(second) > 0 {
		prog, err := compileProgram(ctx, second, libseccomp.ActAllow, arches, native)
		if err != nil {
			return nil, err
		}
		filter.Programs = append(filter.Programs, prog)
	}
	return filter, nil
}

// resolve finds the native number of each rule's syscall, and returns
// the rules sorted and without duplicates, so that the programs do not
// depend on the order of the text.
func resolve(parsed []seccomp.Rule, native libseccomp.ScmpArch) ([]rule, error) {
	seen := make(map[string]bool, len(parsed))
	var rules []rule
	for _, r := range parsed {
		nr, err := libseccomp.GetSyscallFromName(r.Syscall)
		byNumber := false
		if err != nil {
			known, ok := newSyscalls[r.Syscall]
			if !ok {
				return nil, &seccomp.PolicyError{Line: r.Line, Syscall: r.Syscall, Err: errors.New("no such syscall on any architecture")}
			}
			// A syscall of the unified table that this libseccomp does
			// not know: by number where the table applies, nowhere
			// else.
			if !unifiedArches[native] {
				continue
			}
			nr, byNumber = known, true
		}
		for i, arg := range r.Args {
			if arg.GenericOnly && !genericArches[native] {
				return nil, &seccomp.PolicyError{Line: r.Line, Syscall: r.Syscall, Err: fmt.Errorf("argument %d: constant %q has another value on %s", i+1, arg.String(), native)}
			}
		}
		if r.ErrnoName != "" && !genericArches[native] {
			return nil, &seccomp.PolicyError{Line: r.Line, Syscall: r.Syscall, Err: fmt.Errorf("errno %s has another value on %s", r.ErrnoName, native)}
		}
		key := canonical(r)
		if seen[key] {
			continue
		}
		seen[key] = true
		rules = append(rules, rule{Rule: r, native: nr, byNumber: byNumber})
	}
	sort.SliceStable(rules, func(i, j int) bool { return canonical(rules[i].Rule) < canonical(rules[j].Rule) })
	return rules, nil
}

// canonical is a rule as text, without the trailing "-" that change
// nothing and with numbers for names.
func canonical(r seccomp.Rule) string {
	args := r.Args
	for len(args) > 0 && args[len(args)-1].Op == seccomp.OpAny {
		args = args[:len(args)-1]
	}
	var b strings.Builder
	b.WriteString(r.Syscall)
	if r.Deny {
		b.WriteString(" ~")
	}
	for _, arg := range args {
		arg.Name, arg.MaskName = "", ""
		b.WriteByte(' ')
		b.WriteString(arg.String())
	}
	if r.Errno != 0 {
		fmt.Fprintf(&b, " -> %d", r.Errno)
	}
	return b.String()
}

// compileProgram builds one program: a filter per architecture, holding
// the rules whose syscall exists there, merged into one.
func compileProgram(ctx context.Context, rules []rule, defaultAction libseccomp.ScmpAction, arches []libseccomp.ScmpArch, native libseccomp.ScmpArch) ([]byte, error) {
	var merged *libseccomp.ScmpFilter
	defer func() {
		if merged != nil {
			merged.Release()
		}
	}()
	for _, arch := range arches {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("cannot compile seccomp policy: %w", err)
		}
		f, err := archFilter(rules, defaultAction, arch, native)
		if err != nil {
			return nil, err
		}
		if merged == nil {
			merged = f
			continue
		}
		if err := merged.Merge(f); err != nil {
			f.Release()
			return nil, fmt.Errorf("cannot merge seccomp filter of %s: %w", arch, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("cannot compile seccomp policy: %w", err)
	}
	prog, err := exportBPF(merged)
	if err != nil {
		return nil, err
	}
	if n := len(prog) / 8; n > MaxInstructions {
		return nil, fmt.Errorf("cannot compile seccomp policy: %d instructions, the kernel loads at most %d", n, MaxInstructions)
	}
	return prog, nil
}

func archFilter(rules []rule, defaultAction libseccomp.ScmpAction, arch, native libseccomp.ScmpArch) (f *libseccomp.ScmpFilter, err error) {
	f, err = libseccomp.NewFilter(defaultAction)
	if err != nil {
		return nil, fmt.Errorf("cannot create seccomp filter: %w", err)
	}
	defer func() {
		if err != nil {
			f.Release()
		}
	}()
	if arch != native {
		if err := f.AddArch(arch); err != nil {
			return nil, fmt.Errorf("cannot add architecture %s to seccomp filter: %w", arch, err)
		}
		if err := f.RemoveArch(native); err != nil {
			return nil, fmt.Errorf("cannot remove architecture %s from seccomp filter: %w", native, err)
		}
	}
	for _, r := range rules {
		if r.byNumber {
			if arch != native {
				continue
			}
		} else if nr, err := libseccomp.GetSyscallFromNameByArch(r.Syscall, arch); err != nil || nr <= pseudoSyscallBase {
			continue
		}
		action := libseccomp.ActAllow
		if r.Deny {
			errno := int16(ErrnoDenied)
			if r.Errno != 0 {
				errno = int16(r.Errno)
			}
			action = libseccomp.ActErrno.SetReturnCode(errno)
		}
		conds, err := conditions(r.Rule)
		if err == nil {
			if len(conds) == 0 {
				err = f.AddRule(r.native, action)
			} else {
				err = f.AddRuleConditional(r.native, action, conds)
			}
		}
		if err != nil {
			return nil, &seccomp.PolicyError{Line: r.Line, Syscall: r.Syscall, Err: fmt.Errorf("cannot add rule on %s: %w", arch, err)}
		}
	}
	return f, nil
}

var compareOps = map[seccomp.Op]libseccomp.ScmpCompareOp{
	seccomp.OpEqual:        libseccomp.CompareEqual,
	seccomp.OpNotEqual:     libseccomp.CompareNotEqual,
	seccomp.OpLess:         libseccomp.CompareLess,
	seccomp.OpLessEqual:    libseccomp.CompareLessOrEqual,
	seccomp.OpGreater:      libseccomp.CompareGreater,
	seccomp.OpGreaterEqual: libseccomp.CompareGreaterEqual,
}

// conditions turns a rule's arguments into libseccomp conditions.
func conditions(r seccomp.Rule) ([]libseccomp.ScmpCondition, error) {
	var conds []libseccomp.ScmpCondition
	for i, arg := range r.Args {
		var cond libseccomp.ScmpCondition
		var err error
		switch {
		case arg.Op == seccomp.OpAny:
			continue
		case arg.Op == seccomp.OpMaskedAll:
			cond, err = libseccomp.MakeCondition(uint(i), libseccomp.CompareMaskedEqual, arg.Value, arg.Value)
		case arg.Op == seccomp.OpMaskedEqual:
			cond, err = libseccomp.MakeCondition(uint(i), libseccomp.CompareMaskedEqual, arg.Mask, arg.Value)
		case arg.Op == seccomp.OpEqual && r.Syscall == "ioctl" && i == 1:
			// The kernel reads the request as 32 bits: compare those
			// only, so that setting the upper bits does not pass.
			cond, err = libseccomp.MakeCondition(uint(i), libseccomp.CompareMaskedEqual, 0xffffffff, arg.Value)
		default:
			op, ok := compareOps[arg.Op]
			if !ok {
				return nil, fmt.Errorf("internal error: unknown comparison %d", arg.Op)
			}
			cond, err = libseccomp.MakeCondition(uint(i), op, arg.Value)
		}
		if err != nil {
			return nil, err
		}
		conds = append(conds, cond)
	}
	return conds, nil
}

// exportBPF returns the program of a filter. libseccomp 2.5 writes it
// to a file descriptor only (seccomp_export_bpf_mem came in 2.6), so it
// goes through a pipe, read while libseccomp writes.
func exportBPF(f *libseccomp.ScmpFilter) ([]byte, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("cannot export seccomp filter: %w", err)
	}
	type result struct {
		prog []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		prog, err := io.ReadAll(r)
		r.Close()
		done <- result{prog, err}
	}()
	err = f.ExportBPF(w)
	w.Close()
	res := <-done
	if err == nil {
		err = res.err
	}
	if err != nil {
		return nil, fmt.Errorf("cannot export seccomp filter: %w", err)
	}
	return res.prog, nil
}
