echo "# v2.0" >> app/app.py
docker build -t myapp:v2.0 app
kubectl set image deployment/web-app web=myapp:v2.0
kubectl rollout status deployment/web-app
kubectl get rs
kubectl rollout history deployment/web-app
kubectl set image deployment/web-app web=myapp:v3.0
sleep 30
kubectl get pods
! kubectl rollout status deployment/web-app --timeout=20s
kubectl rollout undo deployment/web-app
kubectl rollout status deployment/web-app
kubectl rollout history deployment/web-app
