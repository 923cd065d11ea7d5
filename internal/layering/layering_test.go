// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package layering_test

import (
	"os/exec"
	"strings"
	"testing"

	"gopkg.in/check.v1"
)

func Test(t *testing.T) { check.TestingT(t) }

type layeringSuite struct{}

var _ = check.Suite(&layeringSuite{})

const module = "github.com/snapiface/snapiface"

// deps lists what a package depends on, its tests included when
// withTests is set.
func deps(c *check.C, pkg string, withTests bool) []string {
	args := []string{"list", "-deps"}
	if withTests {
		args = append(args, "-test")
	}
	args = append(args, module+"/"+pkg)
	out, err := exec.Command("go", args...).CombinedOutput()
	c.Assert(err, check.IsNil, check.Commentf("%s", out))
	var list []string
	for _, line := range strings.Fields(string(out)) {
		// "-test" also lists test variants as "pkg [pkg.test]".
		if strings.HasPrefix(line, "[") {
			continue
		}
		list = append(list, line)
	}
	return list
}

var forbidden = []struct {
	pkg       string
	withTests bool
	mustNot   []string
	why       string
}{
	{"snap", true, []string{module + "/interfaces"}, "metadata knows nothing of interfaces"},
	{"interfaces", false, []string{
		module + "/interfaces/apparmor", module + "/interfaces/seccomp",
		module + "/interfaces/apparmor/backend", module + "/interfaces/seccomp/backend",
		module + "/interfaces/builtin", module + "/interfaces/policy",
	}, "the core contract knows no backend"},
	{"interfaces/apparmor", true, []string{module + "/interfaces/builtin", module + "/interfaces/policy"}, "backends are tested with ifacetest, not the catalogue"},
	{"interfaces/seccomp", true, []string{module + "/interfaces/builtin", module + "/interfaces/policy"}, "backends are tested with ifacetest, not the catalogue"},
	{"interfaces/seccomp", true, []string{"github.com/seccomp/libseccomp-golang", "runtime/cgo"}, "the seccomp backend is pure; only interfaces/seccomp/compiler uses libseccomp"},
	{"interfaces/apparmor", true, []string{"github.com/seccomp/libseccomp-golang"}, "only interfaces/seccomp/compiler uses libseccomp"},
	{"interfaces/apparmor", false, []string{"os/exec"}, "running apparmor_parser is aaparser's job"},
	{"interfaces/apparmor/aare", true, []string{module + "/interfaces/builtin", module + "/interfaces/policy"}, "the matcher reads profiles, it knows no catalogue"},
	{"interfaces/apparmor/aare", false, []string{"os/exec", "runtime/cgo", module + "/interfaces/seccomp"}, "the matcher runs nothing and imports only the standard library"},
	{"interfaces/apparmor/backend", true, []string{
		module + "/interfaces/builtin", module + "/interfaces/policy", "github.com/seccomp/libseccomp-golang",
	}, "backends are tested with ifacetest, not the catalogue; only interfaces/seccomp/compiler uses libseccomp"},
	{"interfaces/seccomp/backend", true, []string{module + "/interfaces/builtin", module + "/interfaces/policy"}, "backends are tested with ifacetest, not the catalogue"},
	{"interfaces/seccomp/loader", false, []string{
		"github.com/seccomp/libseccomp-golang", "runtime/cgo", "os/exec",
		module + "/interfaces/seccomp/compiler", module + "/interfaces/builtin",
	}, "the loader is pure Go, for a launcher to import alone"},
	{"interfaces/builtin", false, []string{
		module + "/interfaces/policy", module + "/cmd/snapiface",
		"github.com/seccomp/libseccomp-golang", "os/exec", "runtime/cgo",
	}, "the catalogue imports without cgo or exec"},
	{"interfaces/policy", false, []string{module + "/cmd/snapiface", "github.com/seccomp/libseccomp-golang"}, "policy is pure"},
	{"interfaces/builtin", true, []string{module + "/interfaces/docsite"}, "the reference is built from the catalogue, never the other way"},
	{"interfaces/policy", true, []string{module + "/interfaces/docsite"}, "the reference is built from the policy package, never the other way"},
	{"interfaces/docsite", false, []string{
		module + "/cmd/snapiface", "github.com/seccomp/libseccomp-golang", "os/exec", "runtime/cgo",
	}, "the reference builder runs nothing and needs no cgo, for a store or docs build to import"},
	{"cmd/snapiface", false, []string{module + "/interfaces/seccomp/compiler/grants"}, "grants measures filters for tests; nothing a daemon runs needs it"},
}

func (s *layeringSuite) TestDependenciesPointOneWay(c *check.C) {
	if _, err := exec.LookPath("go"); err != nil {
		c.Skip("no go command")
	}
	for _, rule := range forbidden {
		got := deps(c, rule.pkg, rule.withTests)
		for _, bad := range rule.mustNot {
			for _, dep := range got {
				if dep == bad || strings.HasPrefix(dep, bad+" ") {
					c.Errorf("%s imports %s: %s", rule.pkg, bad, rule.why)
				}
			}
		}
	}
}
