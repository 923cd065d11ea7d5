// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package loader_test

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/net/bpf"
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/seccomp/loader"
	"github.com/snapiface/snapiface/testutil"
)

func Test(t *testing.T) { check.TestingT(t) }

// childEnv makes the test binary a child that loads the filter files
// named in its arguments and reports what system calls then return:
// filters are never loaded into the test process itself.
const childEnv = "SNAPIFACE_LOADER_TEST_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		os.Exit(child(os.Args[1:]))
	}
	os.Exit(m.Run())
}

// child loads the programs of the files named, then calls getppid on
// this thread and on another one started before the load, and prints
// the errno of each ("0" for success) and the no_new_privs and seccomp
// lines of its status.
func child(files []string) int {
	var programs [][]byte
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Println(err)
			return 2
		}
		programs = append(programs, data)
	}
	// A thread started before the filters are loaded must get them.
	other := make(chan func() syscall.Errno)
	results := make(chan syscall.Errno)
	go func() {
		runtime.LockOSThread()
		for f := range other {
			results <- f()
		}
	}()
	getppid := func() syscall.Errno {
		_, _, errno := syscall.RawSyscall(syscall.SYS_GETPPID, 0, 0, 0)
		return errno
	}
	other <- getppid
	<-results

	if err := loader.Load(programs); err != nil {
		fmt.Println(err)
		return 1
	}
	here := getppid()
	other <- getppid
	there := <-results
	status, _ := os.ReadFile("/proc/thread-self/status")
	var lines []string
	for _, line := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(line, "NoNewPrivs:") || strings.HasPrefix(line, "Seccomp:") || strings.HasPrefix(line, "Seccomp_filters:") {
			lines = append(lines, strings.Join(strings.Fields(line), " "))
		}
	}
	fmt.Printf("here=%d there=%d %s\n", int(here), int(there), strings.Join(lines, " "))
	return 0
}

type loaderSuite struct{}

var _ = check.Suite(&loaderSuite{})

// The seccomp return values and the offset of the syscall number in
// struct seccomp_data (linux/seccomp.h).
const (
	retAllow = 0x7fff0000
	retErrno = 0x00050000
	offsetNr = 0
)

// denyGetppid returns a program that fails getppid with errno and
// allows every other call.
func denyGetppid(c *check.C, errno uint32) []byte {
	raw, err := bpf.Assemble([]bpf.Instruction{
		bpf.LoadAbsolute{Off: offsetNr, Size: 4},
		bpf.JumpIf{Cond: bpf.JumpEqual, Val: uint32(syscall.SYS_GETPPID), SkipFalse: 1},
		bpf.RetConstant{Val: retErrno | errno},
		bpf.RetConstant{Val: retAllow},
	})
	c.Assert(err, check.IsNil)
	prog := make([]byte, 0, 8*len(raw))
	for _, insn := range raw {
		prog = binary.NativeEndian.AppendUint16(prog, insn.Op)
		prog = append(prog, insn.Jt, insn.Jf)
		prog = binary.NativeEndian.AppendUint32(prog, insn.K)
	}
	return prog
}

// runChild runs the test binary as a child that loads programs.
func runChild(c *check.C, programs ...[]byte) (string, error) {
	dir := c.MkDir()
	var args []string
	for i, prog := range programs {
		path := filepath.Join(dir, fmt.Sprint(i))
		c.Assert(os.WriteFile(path, prog, 0644), check.IsNil)
		args = append(args, path)
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), childEnv+"=1")
	out, err := cmd.CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

func (s *loaderSuite) TestLoadFiltersEveryThread(c *check.C) {
	testutil.RequireSeccompFilters(c)
	out, err := runChild(c, denyGetppid(c, uint32(syscall.EACCES)))
	c.Assert(err, check.IsNil, check.Commentf(out))
	c.Check(out, check.Equals, "here=13 there=13 NoNewPrivs: 1 Seccomp: 2 Seccomp_filters: 1")
}

// TestLoadOrder checks what the compiler's two programs rely on: of
// two errnos, the program loaded last gives its own.
func (s *loaderSuite) TestLoadOrder(c *check.C) {
	testutil.RequireSeccompFilters(c)
	eperm, eacces := denyGetppid(c, uint32(syscall.EPERM)), denyGetppid(c, uint32(syscall.EACCES))
	out, err := runChild(c, eperm, eacces)
	c.Assert(err, check.IsNil, check.Commentf(out))
	c.Check(out, check.Equals, "here=13 there=13 NoNewPrivs: 1 Seccomp: 2 Seccomp_filters: 2")
	out, err = runChild(c, eacces, eperm)
	c.Assert(err, check.IsNil, check.Commentf(out))
	c.Check(out, check.Equals, "here=1 there=1 NoNewPrivs: 1 Seccomp: 2 Seccomp_filters: 2")
}

func (s *loaderSuite) TestLoadNothing(c *check.C) {
	testutil.RequireSeccompFilters(c)
	out, err := runChild(c)
	c.Assert(err, check.IsNil, check.Commentf(out))
	c.Check(out, check.Equals, "here=0 there=0 NoNewPrivs: 0 Seccomp: 0 Seccomp_filters: 0")
}

func (s *loaderSuite) TestLoadErrors(c *check.C) {
	// Checked before anything is loaded, so these run in the test
	// process: a program the checks refuse never reaches the kernel.
	for _, t := range []struct {
		programs    [][]byte
		errorRegexp string
	}{
		{[][]byte{{}}, `cannot load seccomp filter: program 1: empty program`},
		{[][]byte{make([]byte, 8), make([]byte, 12)}, `cannot load seccomp filter: program 2: 12 bytes is not a whole number of instructions`},
		{[][]byte{make([]byte, 8*4097)}, `cannot load seccomp filter: program 1: 4097 instructions, the kernel loads at most 4096`},
	} {
		c.Check(loader.Load(t.programs), check.ErrorMatches, t.errorRegexp)
	}
}

// TestKernelRefuses loads a program the kernel's checker refuses (it
// does not end in a return): the error says so, in the child.
func (s *loaderSuite) TestKernelRefuses(c *check.C) {
	testutil.RequireSeccompFilters(c)
	out, err := runChild(c, make([]byte, 8))
	c.Check(err, check.NotNil)
	c.Check(out, check.Equals, "cannot load seccomp filter: program 1 of 1: invalid argument")
}

var sum = "sha256:" + strings.Repeat("0123456789abcdef", 4)

func (s *loaderSuite) TestFileRoundTrip(c *check.C) {
	for _, f := range []*loader.File{
		{Source: sum, Compiler: "libseccomp-2.5.4/amd64/1", Programs: [][]byte{denyGetppid(c, 1), denyGetppid(c, 13)}},
		{Source: sum, Compiler: "c", Programs: [][]byte{denyGetppid(c, 1)}},
		{Source: sum, Compiler: "c"},
	} {
		data, err := f.Marshal()
		c.Assert(err, check.IsNil)
		got, err := loader.Parse(data)
		c.Assert(err, check.IsNil)
		c.Check(got, check.DeepEquals, f)
	}
	data, err := (&loader.File{Source: sum, Compiler: "c", Programs: [][]byte{make([]byte, 16)}}).Marshal()
	c.Assert(err, check.IsNil)
	zeros := sha256.Sum256(make([]byte, 16))
	c.Check(string(data), check.Equals, "snapiface-seccomp 1 source="+sum+" compiler=c programs=16 bpf=sha256:"+hex.EncodeToString(zeros[:])+"\n"+string(make([]byte, 16)))

	path := filepath.Join(c.MkDir(), "snap.a.b.bin")
	c.Assert(os.WriteFile(path, data, 0644), check.IsNil)
	got, err := loader.ReadFile(path)
	c.Assert(err, check.IsNil)
	c.Check(got.Programs, check.DeepEquals, [][]byte{make([]byte, 16)})
	_, err = loader.ReadFile(path + ".missing")
	c.Check(err, check.ErrorMatches, `cannot read seccomp filter: open .*/snap.a.b.bin.missing: no such file or directory`)
	c.Assert(os.WriteFile(path, data[:40], 0644), check.IsNil)
	_, err = loader.ReadFile(path)
	c.Check(err, check.ErrorMatches, `cannot read seccomp filter .*/snap.a.b.bin: not a seccomp filter of this format: .*`)
}

func (s *loaderSuite) TestParseErrors(c *check.C) {
	head := "snapiface-seccomp 1 source=" + sum + " compiler=c bpf=" + sum + " "
	prog := string(make([]byte, 8))
	for _, t := range []struct {
		input, errorRegexp string
	}{
		{"", `not a seccomp filter of this format: want a first line "snapiface-seccomp 1 "...`},
		{string(make([]byte, 16)), `not a seccomp filter of this format: .*`},
		{"snapiface-seccomp 2 source=" + sum + " compiler=c programs=none\n", `not a seccomp filter of this format: .*`},
		{"snapiface-seccomp 1 " + strings.Repeat("x", 600) + "\n", `not a seccomp filter of this format: .*`},
		{head + "programs=8", `not a seccomp filter of this format: .*`},
		{head + "programs=8 programs=8\n" + prog, `invalid header field "programs=8"`},
		{head + "programs\n", `invalid header field "programs"`},
		{head + "programs=none colour=red\n", `unknown header field "colour"`},
		{"snapiface-seccomp 1 source=" + sum + " programs=none bpf=" + sum + "\n", `header has no compiler`},
		{"snapiface-seccomp 1 compiler=c programs=none bpf=" + sum + "\n", `header has no source`},
		{"snapiface-seccomp 1 source=" + sum + " compiler=c bpf=" + sum + "\n", `header has no programs`},
		{"snapiface-seccomp 1 source=" + sum + " compiler=c programs=none\n", `header has no bpf`},
		{"snapiface-seccomp 1 source=md5:00 compiler=c programs=none bpf=" + sum + "\n", `invalid source "md5:00": want sha256: and 64 hexadecimal digits`},
		{"snapiface-seccomp 1 source=sha256:0g" + sum[9:] + " compiler=c programs=none bpf=" + sum + "\n", `invalid source .*`},
		{"snapiface-seccomp 1 source=" + sum + " compiler= programs=none bpf=" + sum + "\n", `invalid compiler "": want 1 to 128 characters without blanks or '='`},
		{head + "programs=8,x\n" + prog, `invalid length "x" of program 2`},
		{head + "programs=0\n", `invalid length "0" of program 1`},
		{head + "programs=-8\n", `invalid length "-8" of program 1`},
		{head + "programs=16\n" + prog, `program 1 is cut short: 8 bytes of 16`},
		{head + "programs=12\n" + prog + "1234", `program 1: 12 bytes is not a whole number of instructions`},
		{head + "programs=32776\n" + string(make([]byte, 32776)), `program 1: 4097 instructions, the kernel loads at most 4096`},
		{head + "programs=8\n" + prog + "x", `1 bytes past the last program`},
		{head + "programs=none\n" + prog, `8 bytes past the last program`},
		{head + "programs=8\n" + prog, `the programs do not have the sum the header gives: the file is damaged`},
		{head + "programs=none\n", `the programs do not have the sum the header gives: the file is damaged`},
	} {
		_, err := loader.Parse([]byte(t.input))
		c.Check(err, check.ErrorMatches, t.errorRegexp, check.Commentf("%.60q", t.input))
	}

	// One bit changed in a program is found.
	data, err := (&loader.File{Source: sum, Compiler: "c", Programs: [][]byte{denyGetppid(c, 1)}}).Marshal()
	c.Assert(err, check.IsNil)
	data[len(data)-1] ^= 1
	_, err = loader.Parse(data)
	c.Check(err, check.ErrorMatches, `the programs do not have the sum the header gives: the file is damaged`)
}

func (s *loaderSuite) TestMarshalErrors(c *check.C) {
	for _, t := range []struct {
		file        loader.File
		errorRegexp string
	}{
		{loader.File{Source: "sha256:00", Compiler: "c"}, `cannot write seccomp filter: invalid source "sha256:00": .*`},
		{loader.File{Source: sum, Compiler: "a b"}, `cannot write seccomp filter: invalid compiler "a b": .*`},
		{loader.File{Source: sum, Compiler: "a=b"}, `cannot write seccomp filter: invalid compiler "a=b": .*`},
		{loader.File{Source: sum, Compiler: "c", Programs: [][]byte{make([]byte, 8), nil}}, `cannot write seccomp filter: program 2: empty program`},
	} {
		_, err := t.file.Marshal()
		c.Check(err, check.ErrorMatches, t.errorRegexp)
	}
}
