; WareDesk additions to electron-builder's NSIS installer (electron-builder.yml: nsis.include).
; Kept in resources/, the build-resources folder, because build/ is git-ignored.
;
; The installer asks "只为我 / 为所有用户" (oneClick false, perMachine false). An all-users install
; ($installMode == "all") is the shared warehouse PC: storekeepers who sign in to Windows under
; different accounts must work on one database. It gets
;   - one data folder for every account, %ProgramData%\WareDesk, which the Users group may modify;
;   - a marker file next to app.asar ($INSTDIR\resources = process.resourcesPath) that
;     electron/main/data-dir.ts reads to make that folder the default.
; A per-user install writes neither: its data stays in the account's %APPDATA%\WareDesk.
; The data folder is never removed on uninstall (deleteAppDataOnUninstall: false).

!macro customInstall
  ${if} $installMode == "all"
    ReadEnvStr $R0 "ProgramData"
    ${if} $R0 == ""
      ; SetShellVarContext all is in force for an all-users install, so $APPDATA is C:\ProgramData.
      StrCpy $R0 "$APPDATA"
    ${endIf}
    CreateDirectory "$R0\WareDesk"
    ; S-1-5-32-545 is BUILTIN\Users, named by its SID because the name is localised ("Users", "用户").
    ; (OI)(CI)M = modify, inherited by every file and folder made inside: waredesk.db, its -wal and
    ; -shm files, backups\. /T also fixes files an earlier install or an administrator left there.
    nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$R0\WareDesk" /grant *S-1-5-32-545:(OI)(CI)M /T /C /Q'
    Pop $R1
    ${if} $R1 != "0"
      DetailPrint "icacls $R0\WareDesk: exit code $R1"
    ${endIf}
    FileOpen $R2 "$INSTDIR\resources\machine-wide" w
    FileWrite $R2 "WareDesk all-users install: the data folder is %ProgramData%\WareDesk$\r$\n"
    FileClose $R2
  ${else}
    Delete "$INSTDIR\resources\machine-wide"
  ${endIf}
!macroend
