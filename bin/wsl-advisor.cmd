@echo off
rem wsl-advisor launcher for Windows, the mirror of the bash launcher bin/wsl-advisor (keep them in step:
rem LaunchersMatchTest compares the JVM flags the two pass). Runs lib\wsl-advisor.jar or target\wsl-advisor.jar
rem beside this folder with start-up settings per command and a start-up cache: Java 25's AOT cache, or an
rem AppCDS archive before Java 25, made by one training run the first time (a few seconds, once per jar and Java
rem build) and kept in %LOCALAPPDATA%\wsl-advisor. An unusable cache is ignored by Java, never fatal.
rem Untested on Windows in CI (no Windows machine here). See docs/performance.md.
rem   WSL_ADVISOR_CDS=0          run without the cache
rem   WSL_ADVISOR_JAVA_OPTS=...  extra options for java
rem   JAVA_HOME                  which Java to run (else java on the PATH)
setlocal EnableExtensions DisableDelayedExpansion
set "JAR=%~dp0..\lib\wsl-advisor.jar"
if not exist "%JAR%" set "JAR=%~dp0..\target\wsl-advisor.jar"
if not exist "%JAR%" (
  echo wsl-advisor: cannot find wsl-advisor.jar next to %~dp0; build it first: mvn -q package -DskipTests 1>&2
  exit /b 2
)
for %%F in ("%JAR%") do set "JAR=%%~fF"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else for %%J in (java.exe) do set "JAVA=%%~$PATH:J"
if not exist "%JAVA%" (
  echo wsl-advisor: java not found; install Java 17 or later, or set JAVA_HOME 1>&2
  exit /b 2
)

rem The flags per command and their reasons are the bash launcher's: batch gets C2, parallel GC and a bounded
rem heap, and the quick compiler alone for an input file under 48 MiB (512 KiB with --what-if); everything else
rem the quick compiler on one thread and the serial GC.
set "MODE="
set "IN="
set "PREV="
set "QUICK_BELOW=50331648"
:scan
if "%~1"=="" goto scanned
if not defined MODE if /i "%~1"=="batch" set "MODE=batch"
if not defined MODE for %%C in (advise ask rules probe wslconfig) do if /i "%~1"=="%%C" set "MODE=short"
if "%PREV%"=="--in" set "IN=%~1"
set "ARG=%~1"
if "%ARG:~0,5%"=="--in=" set "IN=%ARG:~5%"
if "%~1"=="--what-if" set "QUICK_BELOW=524288"
set "PREV=%~1"
shift
goto scan
:scanned
if not "%MODE%"=="batch" goto short
set "OPTS=-XX:+UseParallelGC -Xms64m -Xmx160m -XX:MaxInlineLevel=3 -XX:InlineSmallCode=500 -XX:MaxNodeLimit=30000 -XX:CICompilerCount=4"
if not defined IN goto cache
if "%IN%"=="-" goto cache
if not exist "%IN%" goto cache
if exist "%IN%\" goto cache
for %%F in ("%IN%") do if %%~zF LSS %QUICK_BELOW% set "OPTS=%OPTS% -XX:TieredStopAtLevel=1"
goto cache
:short
set "OPTS=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData"

:cache
if "%WSL_ADVISOR_CDS%"=="0" goto run
set "CACHE=%LOCALAPPDATA%\wsl-advisor"
if not defined LOCALAPPDATA set "CACHE=%TEMP%\wsl-advisor"
rem Named after the jar's path, keyed by the size and time of the jar and of the Java binary: Java ignores a
rem cache made for another jar or Java build, so a new jar or Java makes a new one.
set "WHERE=%JAR::=_%"
set "WHERE=%WHERE:\=_%"
set "WHERE=%WHERE: =_%"
set "WHERE=%WHERE:~-120%"
for %%F in ("%JAR%") do set "BUILT=%%~zF.%%~tF"
for %%F in ("%JAVA%") do set "JBUILT=%%~zF.%%~tF"
set "JBUILT=%JBUILT:/=.%"
set "JBUILT=%JBUILT::=.%"
set "JBUILT=%JBUILT: =.%"
set "BUILT=%BUILT:/=.%"
set "BUILT=%BUILT::=.%"
set "BUILT=%BUILT: =.%-%JBUILT%"
set "ARCHIVE=%CACHE%\wsl-advisor-%WHERE%-%BUILT%"
rem Java 25 and later: its AOT cache. The file that exists tells which; only the first run asks Java its version.
if exist "%ARCHIVE%.aot" (set "ARCHIVE=%ARCHIVE%.aot" & goto cached)
if exist "%ARCHIVE%.jsa" (set "ARCHIVE=%ARCHIVE%.jsa" & goto cached)
set "KIND=jsa"
"%JAVA%" -version 2>&1 | findstr /r /c:"version \"2[5-9]" /c:"version \"[3-9][0-9]" >nul && set "KIND=aot"
set "ARCHIVE=%ARCHIVE%.%KIND%"
rem A training run that failed left a mark: this jar and Java run without the cache until either changes.
if exist "%ARCHIVE%.failed" goto run
mkdir "%CACHE%" 2>nul
if not exist "%CACHE%\" goto run
set "TMPF=%ARCHIVE%.%RANDOM%.tmp"
rem The training run reads its facts and a .wslconfig from files, as people do, so those classes are cached too.
> "%TMPF%.json" echo {"schemaVersion":1,"id":"cds-training","host":{"os":{"edition":"Microsoft Windows 11 Pro","build":22631,"revision":4317,"architecture":"x64"},"hardware":{"memoryMb":16384,"logicalProcessors":8,"virtualizationFirmwareEnabled":true,"slat":true,"hypervisorPresent":true,"isVirtualMachine":false},"features":{"virtualMachinePlatform":"enabled","windowsSubsystemForLinux":"enabled"},"wsl":{"installed":true}},"answers":{"docker":true,"projectLocation":"linux","guiApps":true,"vpn":true}}
> "%TMPF%.wslconfig" (echo [wsl2]& echo memory=8GB& echo networkingMode=mirrored)
rem The runs pass -XX:-AOTReplayTraining, a diagnostic flag (below); the training run passes it too, so a Java
rem that no longer knows it makes no cache, and its runs never get the flag.
set TRAIN=-XX:AOTCacheOutput="%TMPF%" -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining
if "%KIND%"=="jsa" set TRAIN=-XX:ArchiveClassesAtExit="%TMPF%" -Xshare:auto
"%JAVA%" %TRAIN% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "%JAR%" advise --facts "%TMPF%.json" --wslconfig "%TMPF%.wslconfig" --format json >nul 2>nul
del /q "%TMPF%.json" "%TMPF%.wslconfig" "%TMPF%.config" 2>nul
if exist "%TMPF%" for %%F in ("%TMPF%") do if "%%~zF"=="0" del /q "%TMPF%"
if not exist "%TMPF%" (type nul > "%ARCHIVE%.failed" & goto cached)
rem Caches of earlier builds of this jar for this Java are of no use any more; another Java's stays.
del /q "%CACHE%\wsl-advisor-%WHERE%-*-%JBUILT%.jsa" "%CACHE%\wsl-advisor-%WHERE%-*-%JBUILT%.aot" "%CACHE%\wsl-advisor-%WHERE%-*-%JBUILT%.*.failed" 2>nul
move /y "%TMPF%" "%ARCHIVE%" >nul
:cached
rem An unusable archive or cache is ignored, never fatal; Java 25 would say so on stderr, hence -Xlog:...=off.
rem The AOT cache's classes are used, its method profiles are not (-AOTReplayTraining), for every command.
if not exist "%ARCHIVE%" goto run
if /i "%ARCHIVE:~-4%"==".aot" set OPTS=%OPTS% -XX:AOTCache="%ARCHIVE%" -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining "-Xlog:aot*=off,cds*=off"
if /i "%ARCHIVE:~-4%"==".jsa" set OPTS=%OPTS% -XX:SharedArchiveFile="%ARCHIVE%" -Xshare:auto

:run
rem Which streams are terminals, as the bash launcher tells the tool (WSL_ADVISOR_TTY): Java 17 knows only
rem "standard input and output both", so "ask > advice.txt" would look like a script. timeout refuses to run
rem ("Input redirection is not supported") when standard input is not the console; the tool asks Java about
rem standard output itself.
set "WSL_ADVISOR_TTY=-"
timeout /t 0 >nul 2>nul && set "WSL_ADVISOR_TTY=0"
"%JAVA%" %OPTS% %WSL_ADVISOR_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
