@echo off
rem wsl-advisor launcher for Windows: runs lib\wsl-advisor.jar or target\wsl-advisor.jar beside this folder
rem with quick-start settings. Untested on Windows in CI (no Windows machine here); the bash launcher
rem bin/wsl-advisor also makes a class-data archive, which this one does not.
setlocal
set "JAR=%~dp0..\lib\wsl-advisor.jar"
if not exist "%JAR%" set "JAR=%~dp0..\target\wsl-advisor.jar"
if not exist "%JAR%" (
  echo wsl-advisor: cannot find wsl-advisor.jar next to %~dp0; build it first: mvn -q package -DskipTests 1>&2
  exit /b 2
)
rem Which streams are terminals, as the bash launcher tells the tool (WSL_ADVISOR_TTY): Java 17 knows only
rem "standard input and output both", so "ask > advice.txt" would look like a script. timeout refuses to run
rem ("Input redirection is not supported") when standard input is not the console; the tool asks Java about
rem standard output itself.
set "WSL_ADVISOR_TTY=-"
timeout /t 0 >nul 2>nul && set "WSL_ADVISOR_TTY=0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData %WSL_ADVISOR_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
