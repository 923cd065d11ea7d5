// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package seccomp_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/snapiface/snapiface/interfaces/seccomp"
)

// FuzzParse checks that no policy text panics the line parser, that
// every error is a *seccomp.PolicyError naming a line of the text, and
// that every rule accepted prints back (Rule.String) as text that parses
// to the same rule. Seeds are in testdata/fuzz/FuzzParse.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"read\n",
		"# comment\n  \n@complain\nsetgroups 0 -   # trailing\n~ioctl - TIOCSTI\n",
		"socket AF_NETLINK - NETLINK_ROUTE\nsetresuid u:root u:root u:root\nsetresgid g:nogroup g:snap_daemon g:root\n",
		"clone |CLONE_NEWUSER\nprctl >=1 <=0x10 <2 >3 !4 -\nopenat - - - - - 18446744073709551615\n",
		"@unrestricted\n",
		"ioctl - >5\n",
		"a b c d e f g h\n",
		"~\n",
		"x 007\n",
		"x 0x1ffffffffffffffff\n",
		"x u:\n",
		"x \xe2\x80\x83y\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Count(text, "\n") + 1
		rs, err := seccomp.Parse(text)
		if err != nil {
			var perr *seccomp.PolicyError
			if !errors.As(err, &perr) {
				t.Fatalf("error is %T, not *seccomp.PolicyError: %v", err, err)
			}
			if perr.Line < 1 || perr.Line > lines {
				t.Fatalf("error on line %d of %d: %v", perr.Line, lines, err)
			}
			if rs != nil {
				t.Fatalf("rule set returned with error %v", err)
			}
			return
		}
		last := 0
		for _, rule := range rs.Rules {
			if rule.Line <= last || rule.Line > lines {
				t.Fatalf("rule %q on line %d, after line %d, of %d", rule, rule.Line, last, lines)
			}
			last = rule.Line
			again, err := seccomp.Parse(rule.String())
			if err != nil {
				t.Fatalf("rule %q does not parse back: %v", rule, err)
			}
			want := rule
			want.Line = 1
			if len(again.Rules) != 1 || !reflect.DeepEqual(again.Rules[0], want) {
				t.Fatalf("rule %q parses back as %#v, want %#v", rule, again.Rules, want)
			}
		}
	})
}
