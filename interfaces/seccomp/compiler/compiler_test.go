// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package compiler_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/interfaces/seccomp/compiler"
	"github.com/snapiface/snapiface/snap"
)

func Test(t *testing.T) { check.TestingT(t) }

type compilerSuite struct{}

var _ = check.Suite(&compilerSuite{})

const vmSnapYaml = `name: vm
version: "1"
apps:
  daemon:
    command: d
    plugs: [multipass-support, denier]
hooks:
  install:
plugs:
  multipass-support: multipass-support
  denier: denier
`

// denierSnippet denies explicitly a syscall the policy allows under a
// condition, and one it does not allow at all.
const denierSnippet = `# Description: explicit denials, for the tests.
~setgroups 1 -
~reboot
`

// renderVM renders the seccomp policies of a snap whose daemon has
// multipass-support's rules (a fixture: the backend does not import the
// catalogue) and denierSnippet connected.
func renderVM(confinement snap.ConfinementType, extra string) ([]*seccomp.Policy, error) {
	info, err := snap.InfoFromSnapYaml([]byte(vmSnapYaml))
	if err != nil {
		return nil, err
	}
	info.Confinement = confinement
	fixture, err := os.ReadFile(filepath.Join("testdata", "multipass-support.seccomp"))
	if err != nil {
		return nil, err
	}
	spec := &seccomp.Specification{}
	for _, snippet := range []struct{ plug, text string }{
		{"multipass-support", string(fixture)},
		{"denier", denierSnippet + extra},
	} {
		text := snippet.text
		iface := &ifacetest.TestInterface{
			InterfaceName: snippet.plug,
			SecCompConnectedPlugCallback: func(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
				spec.AddSnippet(text)
				return nil
			},
		}
		if err := spec.AddConnectedPlug(iface, interfaces.NewConnectedPlug(info.Plugs[snippet.plug], nil), nil); err != nil {
			return nil, err
		}
	}
	return seccomp.RenderSnapPolicies(info, spec)
}

func compileVM(c *check.C, confinement snap.ConfinementType) *compiler.Filter {
	policies, err := renderVM(confinement, "")
	c.Assert(err, check.IsNil)
	c.Assert(policies[0].Tag, check.Equals, "snap.vm.daemon")
	filter, err := compiler.Compile(context.Background(), policies[0].Text.String())
	c.Assert(err, check.IsNil)
	return filter
}

func (s *compilerSuite) TestEveryRenderedPolicyCompiles(c *check.C) {
	for _, confinement := range []snap.ConfinementType{snap.StrictConfinement, snap.DevModeConfinement, snap.ClassicConfinement} {
		policies, err := renderVM(confinement, "")
		c.Assert(err, check.IsNil)
		c.Assert(policies, check.HasLen, 2)
		for _, policy := range policies {
			comment := check.Commentf("%s, %s", policy.Tag, confinement)
			filter, err := compiler.Compile(context.Background(), policy.Text.String())
			c.Assert(err, check.IsNil, comment)
			c.Check(filter.Complain, check.Equals, confinement == snap.DevModeConfinement, comment)
			c.Check(filter.Unrestricted, check.Equals, confinement == snap.ClassicConfinement, comment)
			if confinement == snap.ClassicConfinement {
				c.Check(filter.Programs, check.HasLen, 0, comment)
				continue
			}
			// The base denies two ioctl requests that it otherwise
			// allows: they need the second program.
			c.Assert(filter.Programs, check.HasLen, 2, comment)
			for _, prog := range filter.Programs {
				c.Check(len(prog)%8, check.Equals, 0, comment)
				c.Check(len(prog)/8 <= compiler.MaxInstructions, check.Equals, true, comment)
			}
		}
	}
}

func (s *compilerSuite) TestArches(c *check.C) {
	filter, err := compiler.Compile(context.Background(), "read")
	c.Assert(err, check.IsNil)
	switch filter.Arches[0] {
	case "amd64":
		c.Check(filter.Arches, check.DeepEquals, []string{"amd64", "x86"})
	case "arm64":
		c.Check(filter.Arches, check.DeepEquals, []string{"arm64", "arm"})
	default:
		c.Check(filter.Arches, check.HasLen, 1)
	}
}

func (s *compilerSuite) TestProgramsSplitOnlyWhenNeeded(c *check.C) {
	for _, t := range []struct {
		text     string
		programs int
	}{
		{"read", 1},
		// A denial of a syscall that nothing allows stays in the first
		// program.
		{"read\n~reboot\n~ioctl - TIOCSTI", 1},
		{"ioctl\n~ioctl - TIOCSTI", 2},
		{"setgroups 0 -\n~setgroups 1 -", 2},
		{"@complain\nread\n~reboot", 1},
		{"", 1},
	} {
		filter, err := compiler.Compile(context.Background(), t.text)
		c.Assert(err, check.IsNil, check.Commentf("%q", t.text))
		c.Check(filter.Programs, check.HasLen, t.programs, check.Commentf("%q", t.text))
	}
}

func (s *compilerSuite) TestErrors(c *check.C) {
	// Each mask costs libseccomp two or three instructions.
	var tooLong strings.Builder
	for i := 1; i <= 1700; i++ {
		fmt.Fprintf(&tooLong, "prctl |%d\n", i)
	}
	for _, t := range []struct {
		input, errorRegexp string
	}{
		{"read\nnosuchcall\n", `line 2: syscall "nosuchcall": no such syscall on any architecture`},
		{"~nosuchcall - 1", `line 1: syscall "nosuchcall": no such syscall on any architecture`},
		// Classic policies are not compiled, but still checked.
		{"@unrestricted\nread\n\nchown64", `line 4: syscall "chown64": no such syscall on any architecture`},
		// Parse errors come through as they are.
		{"read\nsocket AF_FOO", `line 2: syscall "socket": argument 1: unknown constant "AF_FOO"`},
		{"@enforce", `line 1: unknown directive "@enforce"`},
		{tooLong.String(), `cannot compile seccomp policy: [0-9]+ instructions, the kernel loads at most 4096`},
	} {
		_, err := compiler.Compile(context.Background(), t.input)
		c.Check(err, check.ErrorMatches, t.errorRegexp, check.Commentf("%.40q", t.input))
	}
}

func (s *compilerSuite) TestUnknownSyscallErrorNamesLineAndSyscall(c *check.C) {
	_, err := compiler.Compile(context.Background(), "read\n# a comment\nnosuchcall 1\n")
	var perr *seccomp.PolicyError
	c.Assert(errors.As(err, &perr), check.Equals, true)
	c.Check(perr.Line, check.Equals, 3)
	c.Check(perr.Syscall, check.Equals, "nosuchcall")
}

func (s *compilerSuite) TestErrorNamesInterface(c *check.C) {
	policies, err := renderVM(snap.StrictConfinement, "fchown64\n")
	c.Assert(err, check.IsNil)
	policy := policies[0]
	_, err = compiler.Compile(context.Background(), policy.Text.String())
	c.Assert(err, check.NotNil)
	c.Check(policy.Explain(err), check.ErrorMatches, `snap.vm.daemon: interface "denier": line [0-9]+: syscall "fchown64": no such syscall on any architecture`)
}

func (s *compilerSuite) TestOtherArchitectureNamesAccepted(c *check.C) {
	// chown32 and setgroups32 exist on x86 and arm only, arm_fadvise64_64
	// on arm only: accepted everywhere, compiled where they exist.
	for _, text := range []string{"chown32", "setgroups32 0 -", "arm_fadvise64_64", "~fchown32"} {
		filter, err := compiler.Compile(context.Background(), text)
		c.Assert(err, check.IsNil, check.Commentf(text))
		c.Check(filter.Programs, check.HasLen, 1)
	}
}

func (s *compilerSuite) TestDeterministic(c *check.C) {
	text := "read\nsetgroups 0 -\n~ioctl - TIOCSTI\nioctl\nchown32\nsocket AF_INET\nsocket AF_UNIX\n"
	first, err := compiler.Compile(context.Background(), text)
	c.Assert(err, check.IsNil)
	again, err := compiler.Compile(context.Background(), text)
	c.Assert(err, check.IsNil)
	c.Check(again, check.DeepEquals, first)
	// Order, duplicates and trailing "-" do not change the programs.
	shuffled, err := compiler.Compile(context.Background(), "socket AF_UNIX - -\nioctl\nchown32\nsocket AF_INET\n~ioctl - 0x5412\nsetgroups 0\nread\nread\n")
	c.Assert(err, check.IsNil)
	c.Check(shuffled.Programs, check.DeepEquals, first.Programs)
}

// BenchmarkCompileStrictPolicy compiles the strict policy of an app with
// multipass-support connected: the base policy and a snippet, for the
// native architecture and its compat ones.
func BenchmarkCompileStrictPolicy(b *testing.B) {
	policies, err := renderVM(snap.StrictConfinement, "")
	if err != nil {
		b.Fatal(err)
	}
	text := policies[0].Text.String()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := compiler.Compile(context.Background(), text); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCompileBoundedByContext checks that a compile ends with its
// context, and that the error wraps the context's and, once explained,
// names the policy's tag.
func (s *compilerSuite) TestCompileBoundedByContext(c *check.C) {
	policies, err := renderVM(snap.StrictConfinement, "")
	c.Assert(err, check.IsNil)
	policy := policies[0]
	text := policy.Text.String()

	expired, cancel := context.WithTimeout(context.Background(), -time.Second)
	defer cancel()
	_, err = compiler.Compile(expired, text)
	c.Check(errors.Is(err, context.DeadlineExceeded), check.Equals, true, check.Commentf("%v", err))
	c.Check(policy.Explain(err), check.ErrorMatches, `snap.vm.daemon: cannot compile seccomp policy: context deadline exceeded`)

	// Cancelled while libseccomp works (a compile takes about 20 ms):
	// Compile returns as soon as the context ends, not when libseccomp
	// is done.
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(time.Millisecond, cancel)
	start := time.Now()
	_, err = compiler.Compile(ctx, text)
	elapsed := time.Since(start)
	c.Check(errors.Is(err, context.Canceled), check.Equals, true, check.Commentf("%v after %v", err, elapsed))

	// A context with time to spare changes nothing.
	ctx, cancel = context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	bounded, err := compiler.Compile(ctx, text)
	c.Assert(err, check.IsNil)
	unbounded, err := compiler.Compile(context.Background(), text)
	c.Assert(err, check.IsNil)
	c.Check(bounded, check.DeepEquals, unbounded)
}

func (s *compilerSuite) TestID(c *check.C) {
	id, err := compiler.ID()
	c.Assert(err, check.IsNil)
	c.Check(id, check.Matches, fmt.Sprintf(`libseccomp-[0-9]+\.[0-9]+\.[0-9]+/[a-z0-9]+/%d`, compiler.Revision))
}
