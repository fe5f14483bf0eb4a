git status
git log
git init
git status
git log
git branch feature
echo 'print("hello")' > app.py
mkdir -p web/static
echo 'FROM python:3.12-slim' > Dockerfile
echo 'body {}' > web/static/site.css
git status
git add app.py Dockerfile
git status
git commit -m "First version"
git commit -m again
git log
echo 'print("bye")' >> app.py
git status
git diff
git add -A
git diff --staged
git restore --staged app.py
git status
git commit -a -m "Say bye"
git log --oneline
git log -1 --oneline
git branch feature
git branch
git branch feature
git checkout -b experiment
echo 'EXPOSE 5000' >> Dockerfile
git commit -am "Expose 5000"
git checkout main
cat Dockerfile
git branch -d experiment
git branch -d main
git branch -d nosuch
git branch -D experiment
git checkout main
cd web
git status
cd ..
rm app.py
git status
git checkout -- app.py
git restore nosuch.txt
git add nosuch.txt
git checkout nosuch
git frobnicate
git init
