import Testing
@_spi(Stages) @testable import TownhallCore

@Suite struct ConfigurationMessageTests {
    @Test func unquotedStringSaysStringsNeedQuotes() {
        do {
            _ = try Configuration(toml: "[organization]\nname = Northwind\n", file: "t.toml")
            Issue.record("an unquoted string was accepted")
        } catch let e as InputError {
            #expect(e.location.line == 2)
            #expect(e.message.contains("strings need quotes"))
            #expect(e.message.contains("`name`"))
            #expect(!e.message.contains("could not determine value type"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func otherTOMLErrorsKeepTheirWording() {
        #expect(throws: InputError.self) { _ = try Configuration(toml: "[organization\n", file: "t.toml") }
        #expect(Configuration.explain("expected ']'", column: 3, text: "[a\n", line: 1) == "invalid TOML: expected ']' (column 3)")
    }

    @Test func aKeyNestedTensOfThousandsDeepIsRefusedBeforeTheParserRecurses() {
        let deep = "[checks]\nstale_days = 30\n[" + String(repeating: "a.", count: 50_000) + "b]\n"
        do {
            _ = try Configuration(toml: deep, file: "t.toml")
            Issue.record("a 50,001-level key was accepted")
        } catch let e as InputError {
            #expect(e.location.line == 3)
            #expect(e.message.contains("nested 50001 levels deep (at most 64)"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func dotsInNumbersStringsAndCommentsAreNotKeyLevels() {
        let text = """
            # a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l
            [organization]
            name = "A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z.A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z.A.B.C.D.E.F.G.H.I.J.K.L"
            [scoring]
            green = 0.75
            """
        #expect(Configuration.deepestKey(text) == nil)
        #expect(throws: Never.self) { _ = try Configuration(toml: text, file: "t.toml") }
        #expect(Configuration.deepestKey("a.b.c = 1\n[x.y]\n")! == (line: 1, depth: 3))
        #expect(Configuration.deepestKey("s = \"\"\"\nx.y.z.w\n\"\"\"\n[p.q]\n")! == (line: 4, depth: 2))
    }
}
